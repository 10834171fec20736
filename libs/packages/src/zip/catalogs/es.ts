import type { MessageCatalog } from '@dsar/mail';
import type { PackageKey } from './en.js';

/** Español: completo en todo lo que lee la persona (la prueba del catálogo lo comprueba). */
export const es: MessageCatalog<PackageKey> = {
  'report.title': 'Sus datos personales — {reference}',
  'report.heading': 'Sus datos personales',
  'report.opening':
    '{controller} responde a su solicitud {type, select, access {de una copia de sus datos personales} portability {de sus datos en un formato que pueda llevar a otro lugar} other {sobre sus datos personales}} (referencia {reference}), recibida el {received, date, long}. Contacto de privacidad: {contact}.',

  'letter.hold.heading': 'Qué datos tenemos sobre usted',
  'letter.hold.found':
    'Encontramos datos personales suyos en {systems, plural, one {uno de nuestros sistemas} other {# de nuestros sistemas}}. Cada uno se describe abajo, con los propios datos; cada registro está también en la carpeta <b>data</b> de esta descarga, en JSON y CSV.',
  'letter.hold.kinds': 'Los tipos de datos: {kinds}.',
  'letter.why.heading': 'Para qué los usamos',
  'letter.why.grounds': 'Con estas bases jurídicas:',
  'letter.source.heading': 'De dónde proceden',
  'letter.source.unknown': 'lo que usted nos dio y lo que registró su uso de nuestros servicios',
  'letter.recipients.heading': 'Quién los ha recibido',
  'letter.recipients.none': 'Nadie fuera de {controller}.',
  'letter.transfers.intro': 'Una parte se envía a países distintos del suyo, con estas garantías:',
  'letter.transfers.item': '{system}: a {country}, protegido por {safeguard}',
  'letter.transfers.none': 'Nuestro registro no recoge ninguna transferencia a otro país.',
  'letter.retention.heading': 'Cuánto tiempo los conservamos',
  'letter.retention.unknown': 'el registro no indica ningún plazo; pregúntenos',
  'letter.decisions.heading': 'Decisiones tomadas por ordenador',
  'letter.decisions.none':
    'Nuestro registro no recoge ninguna decisión sobre usted tomada únicamente por medios automatizados, ni elaboración de perfiles.',
  'letter.withheld.heading': 'Lo que no le hemos dado, y por qué',
  'letter.withheld.system': 'los datos guardados en {system}',
  'letter.withheld.category': 'los datos de la categoría «{category}»',
  'letter.withheld.whole':
    'todos los datos de {system} (contiene datos de la categoría «{category}» y sus datos no están clasificados por categoría, por lo que no pudimos darle el resto por separado)',
  'letter.withheld.item': '{part}: {reason} ({citation}). {text}',
  'letter.withheld.disagree': 'Si no está de acuerdo, vea «Cómo reclamar» más abajo.',
  'letter.rights.heading': 'Sus derechos',
  'letter.rights.intro': 'Usted tiene',
  'letter.rights.item': 'el derecho {words}',
  'letter.rights.use':
    'Para ejercer uno, responda al correo que le trajo aquí o escriba a {contact}.',
  'letter.rights.unknown': 'Escriba a {contact} para ejercer cualquiera de sus derechos.',
  'letter.complaint.heading': 'Cómo reclamar',
  'letter.complaint.authority':
    'Si cree que no hemos tratado sus datos o esta solicitud como exige la ley, puede presentar una reclamación ante {authority} ({citation}):',
  'letter.complaint.first': 'También puede escribirnos primero a {contact}.',
  'letter.complaint.contact': 'Para reclamar, escriba a {contact}.',
  'entry.system': '{system}: {text}',

  'found.heading': 'Cómo le encontramos',
  'found.intro': 'Buscamos en nuestros sistemas con:',
  'found.item': '{label}: {values}',
  'identity.email': 'Correo electrónico',
  'identity.phone': 'Número de teléfono',
  'identity.user_id': 'Número de cuenta',
  'identity.analytics_client_id': 'ID de cliente de analítica',
  'identity.cookie_id': 'ID de cookie',
  'identity.google_sub': 'ID de la cuenta de Google',

  'system.holds': 'Qué contiene',
  'system.why': 'Para qué',
  'system.grounds': 'Bases jurídicas',
  'system.recipients': 'Quién los recibe',
  'system.recipients.none': 'nadie fuera de nosotros',
  'system.retention': 'Cuánto tiempo los conservamos',
  'system.source': 'De dónde proceden',
  'system.source.unknown': 'De usted y de su uso de nuestros servicios',
  'system.transfers': 'Transferencias al extranjero',
  'system.transfer': '{country} ({safeguard})',
  'system.decisions': 'Decisiones automatizadas',
  'system.noneRecorded': 'ninguna registrada',
  'system.outcome': 'Qué hicimos',
  'system.note': 'Una nota para usted',
  'system.files': 'Archivos de este sistema:',
  'system.file': '{name} ({bytes, plural, one {# byte} other {# bytes}}): {path}',

  'outcome.done': 'hecho',
  'outcome.not_found': 'no se encontró nada sobre usted',
  'outcome.failed': 'no se pudo completar; lo estamos revisando',
  'outcome.skipped':
    'no consultado: no teníamos ningún dato con el que este sistema pudiera encontrarle',
  'outcome.pending': 'todavía en curso',
  // Between the parts of one result ("3 records found; kept: …").
  'outcome.separator': '; ',
  'count.found': '{count, plural, one {# registro encontrado} other {# registros encontrados}}',
  'count.erased': '{count, plural, one {# valor borrado} other {# valores borrados}}',
  'count.masked': '{count, plural, one {# valor sobrescrito} other {# valores sobrescritos}}',
  'count.hashed':
    '{count, plural, one {# valor hecho ilegible} other {# valores hechos ilegibles}}',
  'count.deleted': '{count, plural, one {# registro eliminado} other {# registros eliminados}}',
  'count.retained': '{count, plural, one {# valor conservado} other {# valores conservados}}',
  'count.rectified': '{count, plural, one {# valor corregido} other {# valores corregidos}}',
  'kept.until': 'conservado: {basis} hasta el {until, date, long}',
  'kept.open': 'conservado: {basis}, sin fecha de fin registrada',

  'records.heading': '{count, plural, one {Un registro} other {# registros}}',
  'records.headingWhat': '{count, plural, one {Un registro} other {# registros}}: {what}',
  'records.files':
    'Todos, con cada detalle, están en la carpeta {folder} de esta descarga, en JSON y CSV.',
  'records.filesTechnical':
    'Todos, con cada detalle (también {technical, plural, one {un campo técnico} other {# campos técnicos}} como números y fechas internos), están en la carpeta {folder} de esta descarga, en JSON y CSV.',
  'records.more':
    '{count, plural, one {Otro registro está} other {Otros # registros están}} en los archivos.',
  'value.yes': 'sí',
  'value.no': 'no',
};
