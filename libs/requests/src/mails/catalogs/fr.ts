import type { PartialCatalog } from '@dsar/mail';
import type { MailKey } from './en.js';

/** Français. Une clé absente est dite en anglais. `{what}` porte sa préposition (« d’accès »). */
export const fr: PartialCatalog<MailKey> = {
  'greeting.named': 'Bonjour {name},',
  'greeting.anonymous': 'Bonjour,',
  'layout.contact': '{controller} · contact vie privée : {contact}',
  'link.orOpen': 'Ou ouvrez cette adresse : {url}',

  'type.access': 'd’accès à vos données personnelles',
  'type.rectification': 'de rectification de vos données personnelles',
  'type.erasure': 'd’effacement de vos données personnelles',

  'verify.ask': 'Pour confirmer que cette demande vient de vous, veuillez ouvrir ce lien.',
  'verify.until': 'Le lien est valable jusqu’au {until, date, long}, une seule fois.',
  'verify.button': 'Confirmer ma demande',
  'status.follow': 'Vous pouvez suivre votre demande à tout moment :',
  'status.button': 'Voir l’état de ma demande',

  'acknowledgement.subject': 'Votre demande relative à la vie privée {reference}',
  'acknowledgement.title': 'Nous avons reçu votre demande {reference}',
  'acknowledgement.body':
    'Nous avons reçu votre demande {what}. Sa référence est <b>{reference}</b>. Nous répondrons au plus tard le {due, date, long}.',
  'acknowledgement.notYou':
    'Si vous n’avez pas fait cette demande, ignorez ce message : rien ne se passe sans confirmation.',

  'fresh_link.subject': 'Nouveaux liens pour votre demande {reference}',
  'fresh_link.title': 'Nouveaux liens pour {reference}',
  'fresh_link.body':
    'Voici de nouveaux liens pour votre demande <b>{reference}</b>. Les liens précédents ne fonctionnent plus.',

  'duplicate.subject': 'Votre demande {reference} est déjà ouverte',
  'duplicate.title': 'Votre demande {reference} est déjà ouverte',
  'duplicate.body':
    'Vous avez déjà une demande {what} ouverte sous la référence <b>{reference}</b>. Nous y avons rattaché votre nouvelle demande ; vous n’avez rien d’autre à faire, l’échéance reste le {due, date, long}.',

  'cancellation.subject': 'Votre demande {reference} a été annulée',
  'cancellation.title': 'Demande {reference} annulée',
  'cancellation.body': 'Votre demande <b>{reference}</b> a été annulée.',
  'cancellation.reason': 'Motif : {reason}',
  'cancellation.again': 'Vous pouvez faire une nouvelle demande à tout moment.',

  'denial.subject': 'Votre demande {reference} a été refusée',
  'denial.title': 'Votre demande {reference} a été refusée',
  'denial.body':
    'Nous ne pouvons pas donner suite à votre demande {what} (référence <b>{reference}</b>) car {why}.',
  'denial.reason.identity_not_verified': 'nous n’avons pas pu vérifier qu’elle vient de vous',
  'denial.reason.manifestly_unfounded': 'elle est manifestement infondée',
  'denial.reason.excessive_repetitive':
    'elle est excessive, notamment parce qu’elle répète des demandes antérieures',
  'denial.reason.exemption_applies': 'une exception légale s’applique aux données concernées',
  'denial.reason.outside_jurisdiction': 'elle ne relève pas de la loi invoquée',
  'denial.reason.other': 'un autre motif s’applique, expliqué ci-dessous',
  'denial.appeal':
    'Vous pouvez contester cette décision jusqu’au {until, date, long} : ouvrez la page de suivi de votre demande (le lien de notre premier message) et envoyez-nous vos raisons.',
  'denial.complaint.supervisory':
    'Vous avez le droit d’introduire une réclamation auprès d’une autorité de contrôle : {authority}. Vous pouvez aussi former un recours juridictionnel.',
  'denial.complaint.also': 'Vous pouvez aussi contacter cette autorité : {authority}.',
  'denial.complaint.regulator':
    'Vous pouvez adresser une réclamation à cette autorité : {authority}.',
  'denial.again': 'Si vous pouvez lever ce motif, vous pouvez faire une nouvelle demande.',

  'extension.subject': 'Votre demande {reference} : nouvelle date de réponse',
  'extension.title': 'Plus de temps pour votre demande {reference}',
  'extension.body':
    'Il nous faut plus de temps pour répondre à votre demande <b>{reference}</b>. Nous répondrons au plus tard le <b>{due, date, long}</b>.',
  'extension.why': 'Pourquoi : {reason}',

  'clarification.subject': 'Une question sur votre demande {reference}',
  'clarification.title': 'Une question sur votre demande {reference}',
  'clarification.body':
    'Pour répondre à votre demande <b>{reference}</b>, nous devons vous poser une question :',
  'clarification.clockStops':
    'Jusqu’à votre réponse, notre délai est suspendu ; il reprend à partir de votre réponse.',
  'clarification.clockRuns': 'Nous répondrons quand même au plus tard le {due, date, long}.',
  'clarification.button': 'Répondre à la question',

  'appeal_received.subject': 'Votre recours sur la demande {reference}',
  'appeal_received.title': 'Nous avons reçu votre recours sur {reference}',
  'appeal_received.body':
    'Nous avons reçu votre recours sur la demande <b>{reference}</b>. Une personne qui n’a pas pris la première décision va la réexaminer ; nous vous écrirons le résultat et nos raisons au plus tard le {by, date, long}.',

  'appeal.decisionSubject': 'Votre recours sur la demande {reference} : notre décision',
  'appeal.reasons': 'Nos raisons : {reasons}',
  'appeal_upheld.title': 'Votre recours sur {reference} : la décision est maintenue',
  'appeal_upheld.body':
    'Nous avons réexaminé notre décision sur votre demande {what} (référence <b>{reference}</b>) : elle est maintenue.',
  'appeal_overturned.title': 'Votre recours sur {reference} : demande rouverte',
  'appeal_overturned.body':
    'Nous avons réexaminé notre décision sur votre demande <b>{reference}</b> et nous vous donnons raison : nous avons rouvert la demande et allons la traiter.',
  'appeal_overturned.next': 'Nous vous écrirons de nouveau quand ce sera fait.',

  'lapsed.subject': 'Votre demande {reference} a été close : non confirmée',
  'lapsed.title': 'Demande {reference} close sans confirmation',
  'lapsed.body':
    'Nous n’avons pas reçu à temps votre confirmation de la demande {what} (référence <b>{reference}</b>) ; nous l’avons donc close sans agir : aucune donnée n’a été recherchée, copiée, modifiée ou supprimée.',
  'lapsed.rule':
    'Selon {regime}, nous ne pouvons traiter qu’une demande dont nous pouvons confirmer qu’elle vient de vous ({citation}).',
  'lapsed.again': 'Vous pouvez faire une nouvelle demande à tout moment.',
  'lapsed.complain':
    'Si vous pensez que nous avons tort, vous pouvez saisir l’autorité {authority} : {url}',

  'regime_changed.subject': 'Votre demande {reference} : date de réponse',
  'regime_changed.title': 'Votre demande {reference} : la loi applicable',
  'regime_changed.body':
    'Nous traitons désormais votre demande <b>{reference}</b> selon {regime}, la loi qui s’y applique. Nous répondrons donc au plus tard le {due, date, long}.',

  'completion.subject': '{title} ({reference})',

  'access.readyTitle': 'Vos données personnelles sont prêtes',
  'access.noneTitle': 'Nous n’avons trouvé aucune donnée personnelle vous concernant',
  'access.ready':
    'Vos données personnelles sont prêtes à télécharger : un fichier avec tout ce que nous détenons sur vous, comment nous l’utilisons et pourquoi.',
  'access.none':
    'Nous avons cherché dans chaque système pouvant contenir vos données personnelles et n’en avons trouvé aucune. Le fichier ci-dessous indique où nous avons cherché.',
  'access.button': 'Télécharger mes données',
  'access.until':
    'Le lien est valable jusqu’au {until, date, long}. Vous pouvez en demander un nouveau depuis votre page de suivi.',

  'erasure.doneTitle': 'Vos données personnelles ont été effacées',
  'erasure.partTitle': 'Votre demande d’effacement : ce qui a été fait et ce qui ne l’a pas été',
  'erasure.noneTitle': 'Nous n’avons trouvé aucune donnée personnelle à effacer',
  'erasure.done':
    'Nous avons effacé vos données personnelles : {count, plural, =0 {chaque système a confirmé l’effacement} one {# élément a été effacé, anonymisé ou supprimé} other {# éléments ont été effacés, anonymisés ou supprimés}}.',
  'erasure.part':
    'Vos données ne sont pas encore effacées partout : {open, plural, one {un système n’a pas pu terminer} other {# systèmes n’ont pas pu terminer}}. Voici ce qui s’est passé dans chaque système.',
  'erasure.none':
    'Nous avons cherché dans chaque système pouvant contenir vos données personnelles et n’en avons trouvé aucune à effacer.',

  'rectification.doneTitle': 'Vos données personnelles ont été rectifiées',
  'rectification.noneTitle': 'Votre demande de rectification est terminée',
  'rectification.partTitle':
    'Votre demande de rectification : ce qui a été fait et ce qui ne l’a pas été',
  'rectification.done':
    'Nous avons rectifié vos données personnelles ({count, plural, one {# modification} other {# modifications}}). Vous aviez demandé :',
  'rectification.none':
    'Nous n’avons trouvé aucune donnée enregistrée nécessitant les rectifications demandées. Vous aviez demandé :',
  'rectification.part':
    'Vos données ne sont pas encore rectifiées partout : {open, plural, one {un système n’a pas pu terminer} other {# systèmes n’ont pas pu terminer}}. Vous aviez demandé :',
  'rectification.correction': '{field} : {value}',

  'outcome.perSystem': 'Dans chaque système :',
  'outcome.erased':
    '{system} : {count, plural, =0 {effacement confirmé par le responsable du système} one {# élément effacé, anonymisé ou supprimé} other {# éléments effacés, anonymisés ou supprimés}}',
  'outcome.rectified':
    '{system} : {count, plural, =0 {rectification confirmée par le responsable du système} one {# modification faite} other {# modifications faites}}',
  'outcome.notFound': '{system} : aucune donnée vous concernant n’a été trouvée',
  'outcome.notDone': '{system} : rien n’y a été fait pour votre demande',
  'outcome.failed': '{system} : échec — nous n’avons pas pu le faire dans ce système',
  'outcome.pending': '{system} : encore en cours — nous vous écrirons quand ce sera fait',
  'outcome.note': 'Ce que nous pouvons vous dire sur {system} : {note}',
  'kept.none': 'Rien n’a été conservé.',
  'kept.intro': 'Certaines données ont dû être conservées parce que la loi l’exige :',
  'kept.item': '{what} dans {system} : {basis}, {until}',
  'kept.until': 'jusqu’au {until, date, long}',
  'kept.open': 'tant que l’obligation dure',
  'type.portability': 'de copie de vos données dans un format lisible par machine',
  'type.restriction': 'de limitation du traitement de vos données personnelles',
  'type.objection': 'd’opposition au traitement de vos données personnelles',
  'type.opt_out': 'd’opposition à la vente ou au partage de vos informations personnelles',
  'type.limit_sensitive': 'de limitation de l’usage de vos informations personnelles sensibles',
  'acknowledgement.notYouStarted':
    'Si vous n’avez pas fait cette demande, répondez à ce message pour nous le dire.',
  'portability.readyTitle': 'Vos données sont prêtes à emporter',
  'portability.noneTitle': 'Nous n’avons trouvé aucune donnée que vous nous avez fournie',
  'portability.ready':
    'Les données personnelles que vous nous avez fournies sont prêtes à télécharger, dans un format lisible par machine (JSON) que vous pouvez transmettre à un autre service.',
  'portability.none':
    'Nous avons cherché dans chaque système contenant des données que vous nous avez fournies et n’en avons trouvé aucune. Le fichier ci-dessous indique où nous avons cherché.',
  'rights.partTitle': 'Votre demande {what} : ce qui a été fait et ce qui ne l’a pas été',
  'rights.part':
    'Tous les systèmes ne l’ont pas encore fait : {open, plural, one {un système n’a pas pu terminer} other {# systèmes n’ont pas pu terminer}}. Voici ce qui s’est passé dans chaque système.',
  'rights.noneDone':
    'Nous avons enregistré votre demande ; elle s’applique dès aujourd’hui. Aucun de nos systèmes n’a eu à changer quoi que ce soit ; chaque ligne dit ce qui s’y est passé :',
  'rights.noSystems': 'Aucun de nos systèmes ne contient de données vous concernant.',
  'restriction.title': 'Le traitement de vos données est limité',
  'restriction.summary':
    'Là où un système ci-dessous indique « limité », nous avons limité le traitement de vos données personnelles : elles y restent conservées, mais nous ne les utilisons plus autrement. Chaque ligne dit ce qui a été fait dans ce système :',
  'restriction.done': '{system} : limité',
  'restriction.closing': 'Nous vous préviendrons avant de lever la limitation.',
  'objection.title': 'Nous avons traité votre opposition',
  'objection.summary':
    'Nous avons arrêté le traitement de vos données personnelles auquel vous vous êtes opposé, dans ces systèmes :',
  'objection.done': '{system} : arrêté',
  'objection.closing': 'Si un système a dû continuer, sa ligne ci-dessus dit pourquoi.',
  'opt_out.title': 'Nous ne vendons ni ne partageons plus vos informations personnelles',
  'opt_out.summary':
    'Vous nous avez demandé de ne pas vendre ni partager vos informations personnelles. Nous l’avons enregistré et en avons informé chaque système et partenaire qui pourrait les vendre ou les partager :',
  'opt_out.done': '{system} : informé, et confirmé',
  'opt_out.closing':
    'Votre choix reste enregistré : nous le vérifions avant toute vente ou tout partage de vos données.',
  'limit_sensitive.title': 'Nous limitons l’usage de vos informations personnelles sensibles',
  'limit_sensitive.summary':
    'Vous nous avez demandé de limiter l’usage de vos informations personnelles sensibles à ce qui est nécessaire au service demandé. Nous l’avons enregistré et en avons informé chaque système et partenaire qui les utilise :',
  'limit_sensitive.done': '{system} : informé, et confirmé',
  'limit_sensitive.closing':
    'Votre choix reste enregistré : nous le vérifions avant tout autre usage de ces informations.',
  'refused.intro':
    'Nous n’avons pas pu faire tout ce que vous demandiez. Une partie de votre demande a été refusée :',
  'refused.item': '{part} : non accordé, car {reason} ({citation}). {text}',
  'rights.system': '{system}',
  'restriction_lifting.title': 'La limitation de vos données va être levée',
  'restriction_lifting.summary':
    'Nous allons lever la limitation du traitement de vos données personnelles (demande {reference}). Nous pourrons de nouveau les utiliser dans :',
  'restriction_lifting.closing':
    'Si vous pensez que la limitation doit rester, par exemple parce que l’exactitude des données ou nos motifs sont encore en question, répondez à ce message.',
  'yourRights.intro': 'Vous avez également ces droits ({citation}) :',
  'yourRights.item': '{phrase}',
};
