import type { Messages } from './en.js';

/** Français : complet (le type exige chaque clé ; le test du catalogue les vérifie). */
export const fr: Messages = {
  siteName: 'Centre de confidentialité',
  skip: 'Aller au contenu',
  required: '(obligatoire)',
  language: 'Langue',
  form: {
    title: 'Une question sur vos données personnelles',
    intro:
      'Ce formulaire vous permet de voir les données personnelles que nous détenons sur vous, de les faire rectifier ou effacer, ou d’exercer un autre droit que vous donne la loi de votre lieu de résidence. Pour la plupart des droits, nous vous envoyons un lien par e-mail pour confirmer que la demande vient de vous.',
    type: 'Que souhaitez-vous que nous fassions ?',
    types: {
      access: [
        'Envoyez-moi une copie de mes données',
        'Vous recevez un téléchargement de tout ce que nous détenons sur vous.',
      ],
      rectification: [
        'Rectifier mes données',
        'Dites-nous ce qui est faux et ce que cela devrait être.',
      ],
      erasure: [
        'Effacer mes données',
        'Nous effaçons ce que la loi nous permet d’effacer et vous disons ce que nous gardons et pourquoi.',
      ],
      portability: [
        'Donnez-moi mes données pour les emporter ailleurs',
        'Vous recevez les données que vous nous avez fournies dans un fichier lisible par machine qu’un autre service peut lire.',
      ],
      restriction: [
        'Cessez d’utiliser mes données pour l’instant',
        'Nous conservons vos données sans les utiliser autrement, par exemple pendant que vous les contestez.',
      ],
      objection: [
        'M’opposer à l’utilisation de mes données',
        'Dites-nous à quelle utilisation vous vous opposez ; nous y mettons fin, sauf motifs impérieux.',
      ],
      opt_out: [
        'Ne pas vendre ni partager mes informations personnelles',
        'Nous cessons de les vendre ou de les partager et en informons nos partenaires. Aucune confirmation de votre identité n’est nécessaire.',
      ],
      limit_sensitive: [
        'Limiter l’utilisation de mes informations personnelles sensibles',
        'Nous ne les utilisons que pour vous fournir le service demandé. Aucune confirmation de votre identité n’est nécessaire.',
      ],
    },
    email: 'Votre adresse e-mail',
    emailHint: 'L’adresse que vous utilisez chez nous. Nous y envoyons le lien de confirmation.',
    name: 'Votre nom',
    jurisdiction: 'Où habitez-vous ?',
    countryPick: 'Choisissez votre pays',
    region: 'État ou province',
    regionHint: 'La loi qui vous protège en dépend.',
    regionPick: 'Choisissez votre État ou votre province',
    regionElsewhere: 'Ailleurs dans le pays',
    details: 'Autre chose à nous dire',
    corrections: 'Que devons-nous rectifier ?',
    objectionGround: 'À quoi vous opposez-vous ?',
    objectionGrounds: {
      direct_marketing: 'La prospection commerciale (nous arrêtons immédiatement)',
      legitimate_interests:
        'Une autre utilisation fondée sur nos intérêts légitimes (nous y mettons fin, sauf motifs impérieux)',
    },
    correctionField: 'Information à rectifier',
    correctionValue: 'Valeur correcte',
    correctionFields: {
      'user.name': 'Nom',
      'user.contact.email': 'Adresse e-mail',
      'user.contact.phone': 'Numéro de téléphone',
      'user.contact.address': 'Adresse postale',
    },
    addCorrection: 'Ajouter une autre rectification',
    submit: 'Envoyer ma demande',
    sending: 'Envoi…',
    errorSummary: 'Veuillez corriger ce qui suit :',
    sentTitle: 'Consultez votre boîte de réception',
    sent: 'Nous avons reçu votre demande {reference}. Nous avons envoyé un lien à {email} : ouvrez-le pour confirmer que la demande vient de vous. Nous répondrons au plus tard le {dueAt}.',
    sentAtOnce:
      'Nous avons reçu votre demande {reference} et la traitons dès maintenant ; elle ne nécessite aucune confirmation. Nous avons envoyé les détails à {email}. Nous répondrons au plus tard le {dueAt}.',
  },
  verify: {
    title: 'Confirmez votre demande',
    intro: 'Veuillez confirmer que vous avez fait cette demande.',
    button: 'Confirmer ma demande',
    working: 'Confirmation…',
    failed: 'Nous n’avons pas pu confirmer votre demande',
    alreadyTitle: 'Votre demande est déjà confirmée',
    already:
      'La demande {reference} a déjà été confirmée ; il n’y a plus rien à faire ici. Son état : {status}. Pour la suivre, utilisez le lien de suivi de notre premier e-mail.',
  },
  gpc: {
    title: 'Votre navigateur nous demande de ne pas vendre ni partager vos données',
    says: 'Votre navigateur nous demande de ne pas vendre ni partager vos données — nous le traitons comme une opposition. Donnez-nous votre e-mail et nous l’enregistrons aussi pour vous, pas seulement pour ce navigateur, et en informons nos partenaires.',
    email: 'Votre adresse e-mail',
    emailMissing: 'Veuillez indiquer l’adresse e-mail que vous utilisez chez nous.',
    record: 'Enregistrer mon opposition',
    recorded: 'Enregistré : nous ne vendons ni ne partageons vos données (référence {reference}).',
    failed: 'Nous n’avons pas pu l’enregistrer ; veuillez réessayer.',
    browserKnown:
      'Nous connaissons ce navigateur, aucun e-mail n’est donc nécessaire : nous enregistrons l’opposition pour lui dès l’ouverture de la page. Donnez votre e-mail seulement si vous voulez qu’elle soit aussi enregistrée pour vous, au-delà de ce navigateur.',
    emailOptional: 'Votre adresse e-mail (facultatif)',
    recordedBrowser:
      'Enregistré pour ce navigateur : nous ne vendons ni ne partageons ses données (référence {reference}).',
  },
  status: {
    title: 'Demande {reference}',
    type: 'Type',
    status: 'État',
    received: 'Reçue le',
    due: 'Réponse attendue au plus tard le',
    extended: 'Délai prolongé jusqu’au',
    completed: 'Terminée le',
    cancel: 'Annuler ma demande',
    cancelConfirm: 'Oui, annuler ma demande',
    cancelKeep: 'Non, la garder',
    cancelQuestion: 'Annuler la demande {reference} ? C’est définitif.',
    cancelled: 'Votre demande a été annulée.',
    failed: 'Nous ne pouvons pas afficher cette demande',
    types: {
      access: 'Copie de mes données',
      rectification: 'Rectification',
      erasure: 'Effacement',
      portability: 'Mes données à emporter',
      restriction: 'Limitation du traitement',
      objection: 'Opposition au traitement',
      opt_out: 'Ne pas vendre ni partager mes informations',
      limit_sensitive: 'Limiter l’usage de mes informations sensibles',
    },
    statuses: {
      pending_verification: 'En attente de votre confirmation par e-mail',
      awaiting_approval: 'Confirmée ; en attente de notre équipe',
      in_progress: 'En cours de traitement',
      action_required: 'En cours de traitement (notre équipe examine un problème)',
      completed: 'Terminée : nous vous avons envoyé la réponse par e-mail',
      denied: 'Refusée : nous vous avons envoyé les motifs par e-mail',
      cancelled: 'Annulée',
      expired: 'Expirée : elle n’a jamais été confirmée',
      awaiting_subject: 'En attente de votre réponse à notre question (voir notre e-mail)',
      appealed: 'Recours en cours : nous réexaminons notre décision',
    },
    appealTitle: 'Vous n’êtes pas d’accord avec notre décision ?',
    appealIntro:
      'Vous pouvez former un recours jusqu’au {askBy}. Une personne qui n’a pas pris la première décision la réexaminera et vous écrira le résultat et les raisons.',
    appealText: 'Pourquoi n’êtes-vous pas d’accord ?',
    appealButton: 'Envoyer mon recours',
    appealSent: 'Nous avons reçu votre recours. Nous déciderons au plus tard le {decideBy}.',
    appealAsked:
      'Vous avez formé un recours le {askedAt}. Nous déciderons au plus tard le {decideBy}.',
    appealDecided: {
      upheld:
        'Nous avons réexaminé notre décision le {decidedAt} : elle est maintenue ; nous vous avons envoyé les raisons et les voies de réclamation.',
      overturned: 'Nous avons réexaminé notre décision le {decidedAt} et rouvert votre demande.',
    },
  },
  clarify: {
    title: 'Répondez à notre question',
    intro:
      'Notre équipe vous a posé une question sur votre demande par e-mail. Écrivez votre réponse ici ; elle lui parvient directement.',
    answer: 'Votre réponse',
    button: 'Envoyer ma réponse',
    working: 'Envoi…',
    sent: 'Merci. Nous avons votre réponse et reprenons la demande {reference}. Nous répondrons au plus tard le {dueAt}.',
    failed: 'Nous n’avons pas pu prendre votre réponse',
  },
  download: {
    title: 'Vos données',
    intro:
      'Votre copie des données personnelles que nous détenons est prête. Le fichier est une archive zip avec un rapport lisible et les données en JSON et CSV.',
    button: 'Télécharger mes données (zip)',
    note: 'Le lien expire. S’il ne fonctionne plus, demandez-en un nouveau ci-dessous.',
    linkUntil: 'Ce lien fonctionne jusqu’au {link}.',
    fileDeleted:
      'Le fichier lui-même est supprimé le {file} ; ensuite, faites une nouvelle demande.',
    gone: 'Ce lien ne fonctionne plus.',
  },
  fresh: {
    title: 'Envoyez-moi un nouveau lien',
    intro:
      'Les liens expirent pour votre sécurité. Saisissez votre adresse e-mail et la référence de votre demande (elle commence par DSR) et nous vous enverrons de nouveaux liens.',
    email: 'Votre adresse e-mail',
    reference: 'Référence de la demande',
    referenceHint:
      'Par exemple DSR-2026-000123. Elle figure dans l’e-mail que nous vous avons envoyé.',
    button: 'Envoyez-moi un nouveau lien',
    sent: 'Si les informations correspondent à une demande, nous avons envoyé un nouveau lien à cette adresse.',
  },
  errors: {
    network: 'Nous n’avons pas pu joindre le serveur. Vérifiez votre connexion et réessayez.',
    unexpected: 'Un problème est survenu de notre côté. Veuillez réessayer plus tard.',
    missingToken: 'Ce lien est incomplet. Ouvrez de nouveau le lien de votre e-mail.',
    tooMany: 'Trop de tentatives. Attendez une minute et réessayez.',
  },
};
