import type { Messages } from './en.js';

/** Español: completo (el tipo exige cada clave; la prueba del catálogo las comprueba). */
export const es: Messages = {
  siteName: 'Centro de privacidad',
  skip: 'Saltar al contenido',
  required: '(obligatorio)',
  language: 'Idioma',
  form: {
    title: 'Pregunte por sus datos personales',
    intro:
      'Con este formulario puede ver los datos personales que tenemos sobre usted, pedir que se corrijan o se supriman, o ejercer otro derecho que le da la ley del lugar donde vive. Para la mayoría de los derechos le enviamos un enlace por correo para confirmar que la solicitud es suya.',
    type: '¿Qué quiere que hagamos?',
    types: {
      access: [
        'Envíenme una copia de mis datos',
        'Recibirá una descarga con todo lo que tenemos sobre usted.',
      ],
      rectification: ['Corregir mis datos', 'Díganos qué está mal y cómo debería ser.'],
      erasure: [
        'Suprimir mis datos',
        'Suprimimos lo que la ley nos permite y le decimos qué conservamos y por qué.',
      ],
      portability: [
        'Denme mis datos para llevarlos a otro sitio',
        'Recibirá los datos que nos facilitó en un archivo legible por máquina que otro servicio puede leer.',
      ],
      restriction: [
        'Dejen de usar mis datos por ahora',
        'Conservamos sus datos pero no los usamos de otro modo, por ejemplo mientras usted los impugna.',
      ],
      objection: [
        'Oponerme al uso de mis datos',
        'Díganos a qué uso se opone; lo dejamos salvo que tengamos motivos imperiosos.',
      ],
      opt_out: [
        'No vender ni compartir mi información personal',
        'Dejamos de venderla o compartirla y avisamos a nuestros socios. No hace falta confirmar su identidad.',
      ],
      limit_sensitive: [
        'Limitar el uso de mi información personal sensible',
        'Solo la usamos para prestarle el servicio que pidió. No hace falta confirmar su identidad.',
      ],
    },
    email: 'Su dirección de correo',
    emailHint: 'La dirección que usa con nosotros. Allí enviamos el enlace de confirmación.',
    name: 'Su nombre',
    jurisdiction: '¿Dónde vive?',
    countryPick: 'Elija su país',
    region: 'Estado o provincia',
    regionHint: 'La ley de privacidad que le protege depende de ello.',
    regionPick: 'Elija su estado o provincia',
    regionElsewhere: 'En otro lugar del país',
    details: 'Algo más que debamos saber',
    corrections: '¿Qué debemos corregir?',
    objectionGround: '¿A qué se opone?',
    objectionGrounds: {
      direct_marketing: 'La mercadotecnia directa (paramos de inmediato)',
      legitimate_interests:
        'Otro uso basado en nuestros intereses legítimos (lo dejamos salvo que tengamos motivos imperiosos)',
    },
    correctionField: 'Dato que corregir',
    correctionValue: 'Valor correcto',
    correctionFields: {
      'user.name': 'Nombre',
      'user.contact.email': 'Dirección de correo',
      'user.contact.phone': 'Número de teléfono',
      'user.contact.address': 'Dirección postal',
    },
    addCorrection: 'Añadir otra corrección',
    submit: 'Enviar mi solicitud',
    sending: 'Enviando…',
    errorSummary: 'Corrija lo siguiente:',
    sentTitle: 'Revise su bandeja de entrada',
    sent: 'Hemos recibido su solicitud {reference}. Enviamos un enlace a {email}: ábralo para confirmar que la solicitud es suya. Responderemos a más tardar el {dueAt}.',
    sentAtOnce:
      'Hemos recibido su solicitud {reference} y ya la estamos atendiendo; no necesita confirmación. Enviamos los detalles a {email}. Responderemos a más tardar el {dueAt}.',
  },
  verify: {
    title: 'Confirme su solicitud',
    intro: 'Confirme que usted hizo esta solicitud de privacidad.',
    button: 'Confirmar mi solicitud',
    working: 'Confirmando…',
    failed: 'No pudimos confirmar su solicitud',
    alreadyTitle: 'Su solicitud ya está confirmada',
    already:
      'La solicitud {reference} ya se confirmó; no hay nada más que hacer aquí. Su estado: {status}. Para seguirla, use el enlace de estado del primer correo que le enviamos.',
  },
  gpc: {
    title: 'Su navegador nos pide que no vendamos ni compartamos sus datos',
    says: 'Su navegador nos pide que no vendamos ni compartamos sus datos — lo tratamos como una exclusión voluntaria. Denos su correo y la registramos también para usted, no solo para este navegador, y avisamos a nuestros socios.',
    email: 'Su dirección de correo',
    emailMissing: 'Indique la dirección de correo que usa con nosotros.',
    record: 'Registrar mi exclusión',
    recorded: 'Registrado: no vendemos ni compartimos sus datos (referencia {reference}).',
    failed: 'No pudimos registrarlo; inténtelo de nuevo.',
    browserKnown:
      'Conocemos este navegador, así que no hace falta su correo: registramos la exclusión para él en cuanto se abre la página. Indique su correo solo si quiere que la registremos también para usted, más allá de este navegador.',
    emailOptional: 'Su dirección de correo (opcional)',
    recordedBrowser:
      'Registrado para este navegador: no vendemos ni compartimos sus datos (referencia {reference}).',
  },
  status: {
    title: 'Solicitud {reference}',
    type: 'Tipo',
    status: 'Estado',
    received: 'Recibida',
    due: 'Respuesta a más tardar el',
    extended: 'Plazo ampliado hasta',
    completed: 'Terminada',
    cancel: 'Cancelar mi solicitud',
    cancelConfirm: 'Sí, cancelar mi solicitud',
    cancelKeep: 'No, mantenerla',
    cancelQuestion: '¿Cancelar la solicitud {reference}? No se puede deshacer.',
    cancelled: 'Su solicitud ha sido cancelada.',
    failed: 'No podemos mostrar esta solicitud',
    types: {
      access: 'Copia de mis datos',
      rectification: 'Corrección',
      erasure: 'Supresión',
      portability: 'Mis datos para llevármelos',
      restriction: 'Limitación del tratamiento',
      objection: 'Oposición al tratamiento',
      opt_out: 'No vender ni compartir mi información',
      limit_sensitive: 'Limitar el uso de mi información sensible',
    },
    statuses: {
      pending_verification: 'Esperando que la confirme por correo',
      awaiting_approval: 'Confirmada; esperando a nuestro equipo de privacidad',
      in_progress: 'En curso',
      action_required: 'En curso (nuestro equipo revisa un problema)',
      completed: 'Terminada: le hemos enviado la respuesta por correo',
      denied: 'Denegada: le hemos enviado los motivos por correo',
      cancelled: 'Cancelada',
      expired: 'Caducada: nunca se confirmó',
      awaiting_subject: 'Esperando su respuesta a nuestra pregunta (vea nuestro correo)',
      appealed: 'Recurrida: estamos revisando nuestra decisión',
    },
    appealTitle: '¿No está de acuerdo con nuestra decisión?',
    appealIntro:
      'Puede recurrir hasta el {askBy}. Alguien que no tomó la primera decisión la revisará y le escribirá con el resultado y los motivos.',
    appealText: '¿Por qué no está de acuerdo?',
    appealButton: 'Enviar mi recurso',
    appealSent: 'Hemos recibido su recurso. Decidiremos a más tardar el {decideBy}.',
    appealAsked: 'Recurrió el {askedAt}. Decidiremos a más tardar el {decideBy}.',
    appealDecided: {
      upheld:
        'Revisamos nuestra decisión el {decidedAt} y se mantiene; le enviamos por correo los motivos y dónde puede reclamar.',
      overturned: 'Revisamos nuestra decisión el {decidedAt} y reabrimos su solicitud.',
    },
  },
  clarify: {
    title: 'Responda a nuestra pregunta',
    intro:
      'Nuestro equipo de privacidad le hizo una pregunta sobre su solicitud por correo. Escriba aquí su respuesta; les llega directamente.',
    answer: 'Su respuesta',
    button: 'Enviar mi respuesta',
    working: 'Enviando…',
    sent: 'Gracias. Tenemos su respuesta y seguimos con la solicitud {reference}. Responderemos a más tardar el {dueAt}.',
    failed: 'No pudimos recibir su respuesta',
  },
  download: {
    title: 'Sus datos',
    intro:
      'Su copia de los datos personales que tenemos está lista. El archivo es un zip con un informe legible y los datos en JSON y CSV.',
    button: 'Descargar mis datos (zip)',
    note: 'El enlace caduca. Si ya no funciona, pida uno nuevo abajo.',
    linkUntil: 'Este enlace funciona hasta el {link}.',
    fileDeleted: 'El archivo se elimina el {file}; después, haga una nueva solicitud.',
    gone: 'Este enlace ya no funciona.',
  },
  fresh: {
    title: 'Envíenme un enlace nuevo',
    intro:
      'Los enlaces caducan por su seguridad. Escriba su dirección de correo y la referencia de su solicitud (empieza por DSR) y le enviaremos enlaces nuevos.',
    email: 'Su dirección de correo',
    reference: 'Referencia de la solicitud',
    referenceHint: 'Por ejemplo DSR-2026-000123. Está en el correo que le enviamos.',
    button: 'Envíenme un enlace nuevo',
    sent: 'Si los datos coinciden con una solicitud, hemos enviado un enlace nuevo a esa dirección.',
  },
  errors: {
    network: 'No pudimos conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.',
    unexpected: 'Algo falló por nuestra parte. Inténtelo más tarde.',
    missingToken: 'Este enlace está incompleto. Abra de nuevo el enlace de su correo.',
    tooMany: 'Demasiados intentos. Espere un minuto e inténtelo de nuevo.',
  },
};
