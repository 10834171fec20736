import type { PartialCatalog } from '@dsar/mail';
import type { MailKey } from './en.js';

/** Español. Una clave que falte se dice en inglés. */
export const es: PartialCatalog<MailKey> = {
  'greeting.named': 'Hola, {name}:',
  'greeting.anonymous': 'Hola:',
  'layout.contact': '{controller} · contacto de privacidad: {contact}',
  'link.orOpen': 'O abra esta dirección: {url}',

  'type.access': 'acceso a sus datos personales',
  'type.rectification': 'rectificación de sus datos personales',
  'type.erasure': 'supresión de sus datos personales',

  'verify.ask': 'Para confirmar que esta solicitud es suya, abra este enlace.',
  'verify.until': 'El enlace funciona hasta el {until, date, long} y una sola vez.',
  'verify.button': 'Confirmar mi solicitud',
  'status.follow': 'Puede seguir su solicitud en cualquier momento:',
  'status.button': 'Ver el estado de mi solicitud',

  'acknowledgement.subject': 'Su solicitud de privacidad {reference}',
  'acknowledgement.title': 'Hemos recibido su solicitud {reference}',
  'acknowledgement.body':
    'Hemos recibido su solicitud de {what}. Su referencia es <b>{reference}</b>. Responderemos a más tardar el {due, date, long}.',
  'acknowledgement.notYou':
    'Si usted no hizo esta solicitud, ignore este correo: no ocurre nada sin confirmación.',

  'fresh_link.subject': 'Enlaces nuevos para su solicitud {reference}',
  'fresh_link.title': 'Enlaces nuevos para {reference}',
  'fresh_link.body':
    'Aquí tiene enlaces nuevos para su solicitud <b>{reference}</b>. Los enlaces anteriores ya no funcionan.',

  'duplicate.subject': 'Su solicitud {reference} ya está abierta',
  'duplicate.title': 'Su solicitud {reference} ya está abierta',
  'duplicate.body':
    'Ya tiene una solicitud abierta de {what} con la referencia <b>{reference}</b>. Hemos vinculado su nuevo envío a ella, así que no tiene que hacer nada más; el plazo sigue siendo el {due, date, long}.',

  'cancellation.subject': 'Su solicitud {reference} ha sido cancelada',
  'cancellation.title': 'Solicitud {reference} cancelada',
  'cancellation.body': 'Su solicitud <b>{reference}</b> ha sido cancelada.',
  'cancellation.reason': 'Motivo: {reason}',
  'cancellation.again': 'Puede hacer una nueva solicitud en cualquier momento.',

  'denial.subject': 'Su solicitud {reference} ha sido denegada',
  'denial.title': 'Su solicitud {reference} ha sido denegada',
  'denial.body':
    'No podemos atender su solicitud de {what} (referencia <b>{reference}</b>) porque {why}.',
  'denial.reason.identity_not_verified': 'no pudimos verificar que la solicitud es suya',
  'denial.reason.manifestly_unfounded': 'la solicitud es manifiestamente infundada',
  'denial.reason.excessive_repetitive':
    'la solicitud es excesiva, en particular porque repite otras anteriores',
  'denial.reason.exemption_applies': 'se aplica una excepción legal a los datos afectados',
  'denial.reason.outside_jurisdiction': 'la solicitud no entra en la ley en que se basa',
  'denial.reason.other': 'hay otro motivo, explicado a continuación',
  'denial.appeal':
    'Puede recurrir esta decisión hasta el {until, date, long}: abra la página de estado de su solicitud (el enlace de nuestro primer correo) y envíenos sus motivos.',
  'denial.complaint.supervisory':
    'Tiene derecho a presentar una reclamación ante una autoridad de control: {authority}. También puede acudir a los tribunales.',
  'denial.complaint.also': 'También puede dirigirse a esta autoridad: {authority}.',
  'denial.complaint.regulator': 'Puede reclamar ante esta autoridad: {authority}.',
  'denial.again': 'Si puede resolver el motivo anterior, puede hacer una nueva solicitud.',

  'extension.subject': 'Su solicitud {reference}: nueva fecha de respuesta',
  'extension.title': 'Más tiempo para su solicitud {reference}',
  'extension.body':
    'Necesitamos más tiempo para responder a su solicitud <b>{reference}</b>. Responderemos a más tardar el <b>{due, date, long}</b>.',
  'extension.why': 'Por qué: {reason}',

  'clarification.subject': 'Una pregunta sobre su solicitud {reference}',
  'clarification.title': 'Una pregunta sobre su solicitud {reference}',
  'clarification.body':
    'Para responder a su solicitud <b>{reference}</b> necesitamos preguntarle algo:',
  'clarification.clockStops':
    'Hasta que responda, nuestro plazo queda en pausa; vuelve a correr desde su respuesta.',
  'clarification.clockRuns': 'Aun así responderemos a más tardar el {due, date, long}.',
  'clarification.button': 'Responder a la pregunta',

  'appeal_received.subject': 'Su recurso sobre la solicitud {reference}',
  'appeal_received.title': 'Hemos recibido su recurso sobre {reference}',
  'appeal_received.body':
    'Hemos recibido su recurso sobre la solicitud <b>{reference}</b>. Alguien que no tomó la primera decisión la revisará, y le escribiremos con el resultado y nuestros motivos a más tardar el {by, date, long}.',

  'appeal.decisionSubject': 'Su recurso sobre la solicitud {reference}: nuestra decisión',
  'appeal.reasons': 'Nuestros motivos: {reasons}',
  'appeal_upheld.title': 'Su recurso sobre {reference}: la decisión se mantiene',
  'appeal_upheld.body':
    'Hemos revisado nuestra decisión sobre su solicitud de {what} (referencia <b>{reference}</b>) y se mantiene.',
  'appeal_overturned.title': 'Su recurso sobre {reference}: solicitud reabierta',
  'appeal_overturned.body':
    'Hemos revisado nuestra decisión sobre su solicitud <b>{reference}</b> y le damos la razón: hemos reabierto la solicitud y la atenderemos.',
  'appeal_overturned.next': 'Le escribiremos de nuevo cuando esté hecho.',

  'lapsed.subject': 'Su solicitud {reference} se ha cerrado: no confirmada',
  'lapsed.title': 'Solicitud {reference} cerrada sin confirmar',
  'lapsed.body':
    'No recibimos a tiempo su confirmación de la solicitud de {what} (referencia <b>{reference}</b>), así que la cerramos sin actuar: no se buscó, copió, cambió ni borró ningún dato.',
  'lapsed.rule':
    'Según {regime} solo podemos atender una solicitud que podamos confirmar que es suya ({citation}).',
  'lapsed.again': 'Puede hacer una nueva solicitud en cualquier momento.',
  'lapsed.complain':
    'Si cree que nos equivocamos, puede reclamar ante la autoridad {authority}: {url}',

  'regime_changed.subject': 'Su solicitud {reference}: fecha de respuesta',
  'regime_changed.title': 'Su solicitud {reference}: la ley aplicable',
  'regime_changed.body':
    'Ahora tramitamos su solicitud <b>{reference}</b> según {regime}, la ley que le corresponde. Según ella, responderemos a más tardar el {due, date, long}.',

  'completion.subject': '{title} ({reference})',

  'access.readyTitle': 'Sus datos personales están listos',
  'access.noneTitle': 'No encontramos datos personales sobre usted',
  'access.ready':
    'Sus datos personales están listos para descargar: un archivo con todo lo que tenemos sobre usted, cómo lo usamos y por qué.',
  'access.none':
    'Buscamos en cada sistema que podría contener sus datos personales y no encontramos ninguno. El archivo de abajo indica dónde buscamos.',
  'access.button': 'Descargar mis datos',
  'access.until':
    'El enlace funciona hasta el {until, date, long}. Puede pedir uno nuevo desde su página de estado.',

  'erasure.doneTitle': 'Sus datos personales han sido suprimidos',
  'erasure.partTitle': 'Su solicitud de supresión: qué se hizo y qué no',
  'erasure.noneTitle': 'No encontramos datos personales suyos que suprimir',
  'erasure.done':
    'Hemos suprimido sus datos personales: {count, plural, =0 {cada sistema confirmó la supresión} one {# elemento fue borrado, anonimizado o eliminado} other {# elementos fueron borrados, anonimizados o eliminados}}.',
  'erasure.part':
    'Sus datos aún no están suprimidos en todas partes: {open, plural, one {un sistema no pudo terminar} other {# sistemas no pudieron terminar}}. Abajo se indica qué pasó en cada sistema.',
  'erasure.none':
    'Buscamos en cada sistema que podría contener sus datos personales y no encontramos ninguno que suprimir.',

  'rectification.doneTitle': 'Sus datos personales han sido rectificados',
  'rectification.noneTitle': 'Su solicitud de rectificación ha terminado',
  'rectification.partTitle': 'Su solicitud de rectificación: qué se hizo y qué no',
  'rectification.done':
    'Hemos rectificado sus datos personales ({count, plural, one {# cambio} other {# cambios}}). Usted pidió:',
  'rectification.none':
    'No encontramos datos guardados que necesitaran las rectificaciones pedidas. Usted pidió:',
  'rectification.part':
    'Sus datos aún no están rectificados en todas partes: {open, plural, one {un sistema no pudo terminar} other {# sistemas no pudieron terminar}}. Usted pidió:',
  'rectification.correction': '{field}: {value}',

  'outcome.perSystem': 'En cada sistema:',
  'outcome.erased':
    '{system}: {count, plural, =0 {supresión confirmada por el responsable del sistema} one {# elemento borrado, anonimizado o eliminado} other {# elementos borrados, anonimizados o eliminados}}',
  'outcome.rectified':
    '{system}: {count, plural, =0 {rectificación confirmada por el responsable del sistema} one {# cambio hecho} other {# cambios hechos}}',
  'outcome.notFound': '{system}: no se encontraron datos sobre usted',
  'outcome.notDone': '{system}: allí no se hizo nada para su solicitud',
  'outcome.failed': '{system}: falló — no pudimos hacerlo en este sistema',
  'outcome.pending': '{system}: aún pendiente — le escribiremos cuando esté hecho',
  'outcome.note': 'Lo que podemos decirle sobre {system}: {note}',
  'kept.none': 'No se conservó nada.',
  'kept.intro': 'Algunos datos tuvieron que conservarse porque la ley lo exige:',
  'kept.item': '{what} en {system}: {basis}, {until}',
  'kept.until': 'hasta el {until, date, long}',
  'kept.open': 'mientras dure la obligación',
  'type.portability': 'una copia de sus datos en un formato legible por máquina',
  'type.restriction': 'limitación del tratamiento de sus datos personales',
  'type.objection': 'oposición al tratamiento de sus datos personales',
  'type.opt_out': 'exclusión de la venta o el intercambio de su información personal',
  'type.limit_sensitive': 'limitación del uso de su información personal sensible',
  'acknowledgement.notYouStarted':
    'Si usted no hizo esta solicitud, responda a este correo y díganoslo.',
  'portability.readyTitle': 'Sus datos están listos para llevárselos',
  'portability.noneTitle': 'No encontramos datos que usted nos haya dado',
  'portability.ready':
    'Los datos personales que nos dio están listos para descargar, en un formato legible por máquina (JSON) que puede pasar a otro servicio.',
  'portability.none':
    'Buscamos en cada sistema con datos que usted nos dio y no encontramos ninguno. El archivo de abajo indica dónde buscamos.',
  'rights.partTitle': 'Su solicitud de {what}: qué se hizo y qué no',
  'rights.part':
    'No todos los sistemas lo han hecho aún: {open, plural, one {un sistema no pudo terminar} other {# sistemas no pudieron terminar}}. Abajo se indica qué pasó en cada sistema.',
  'rights.noneDone':
    'Registramos su solicitud; se aplica desde hoy. Ninguno de nuestros sistemas tuvo que cambiar nada por ella; cada línea dice lo que pasó allí:',
  'rights.noSystems': 'Ninguno de nuestros sistemas tiene datos sobre usted.',
  'restriction.title': 'El tratamiento de sus datos está limitado',
  'restriction.summary':
    'Donde un sistema indica «limitado», hemos limitado el tratamiento de sus datos personales: siguen guardados allí, pero no los usamos de otro modo. Cada línea dice lo que se hizo en ese sistema:',
  'restriction.done': '{system}: limitado',
  'restriction.closing': 'Le avisaremos antes de levantar la limitación.',
  'objection.title': 'Hemos atendido su oposición',
  'objection.summary':
    'Hemos detenido el tratamiento de sus datos personales al que se opuso, en estos sistemas:',
  'objection.done': '{system}: detenido',
  'objection.closing': 'Si un sistema tuvo que continuar, su línea de arriba dice por qué.',
  'opt_out.title': 'Ya no vendemos ni compartimos su información personal',
  'opt_out.summary':
    'Nos pidió no vender ni compartir su información personal. Lo registramos y avisamos a cada sistema y socio que podría venderla o compartirla:',
  'opt_out.done': '{system}: avisado, y confirmado',
  'opt_out.closing':
    'Su elección queda registrada: la comprobamos antes de cualquier venta o intercambio de sus datos.',
  'limit_sensitive.title': 'Limitamos el uso de su información personal sensible',
  'limit_sensitive.summary':
    'Nos pidió limitar el uso de su información personal sensible a lo necesario para darle el servicio que pidió. Lo registramos y avisamos a cada sistema y socio que la usa:',
  'limit_sensitive.done': '{system}: avisado, y confirmado',
  'limit_sensitive.closing':
    'Su elección queda registrada: la comprobamos antes de cualquier otro uso de esa información.',
  'refused.intro': 'No pudimos hacer todo lo que pidió. Parte de su solicitud fue denegada:',
  'refused.item': '{part}: no concedido, porque {reason} ({citation}). {text}',
  'rights.system': '{system}',
  'restriction_lifting.title': 'Se va a levantar la limitación de sus datos',
  'restriction_lifting.summary':
    'Vamos a levantar la limitación del tratamiento de sus datos personales (solicitud {reference}). A partir de ahora podremos usarlos de nuevo en:',
  'restriction_lifting.closing':
    'Si cree que la limitación debe mantenerse, por ejemplo porque la exactitud de los datos o nuestros motivos siguen en duda, responda a este correo.',
  'yourRights.intro': 'También tiene estos derechos ({citation}):',
  'yourRights.item': '{phrase}',
};
