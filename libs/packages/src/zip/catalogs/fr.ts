import type { MessageCatalog } from '@dsar/mail';
import type { PackageKey } from './en.js';

/** Français : complet pour tout ce que la personne lit (le test du catalogue le vérifie). */
export const fr: MessageCatalog<PackageKey> = {
  'report.title': 'Vos données personnelles — {reference}',
  'report.heading': 'Vos données personnelles',
  'report.opening':
    '{controller} répond à votre demande {type, select, access {de copie de vos données personnelles} portability {de vos données dans un format que vous pouvez emporter ailleurs} other {concernant vos données personnelles}} (référence {reference}), reçue le {received, date, long}. Contact vie privée : {contact}.',

  'letter.hold.heading': 'Ce que nous détenons sur vous',
  'letter.hold.found':
    'Nous avons trouvé des données personnelles vous concernant dans {systems, plural, one {un de nos systèmes} other {# de nos systèmes}}. Chacun est décrit ci-dessous, avec les données elles-mêmes ; chaque enregistrement se trouve aussi dans le dossier <b>data</b> de ce téléchargement, en JSON et en CSV.',
  'letter.hold.kinds': 'Les types de données : {kinds}.',
  'letter.why.heading': 'Pourquoi nous les utilisons',
  'letter.why.grounds': 'Sur ces fondements juridiques :',
  'letter.source.heading': 'D’où elles viennent',
  'letter.source.unknown':
    'ce que vous nous avez donné et ce que votre utilisation de nos services a enregistré',
  'letter.recipients.heading': 'Qui les a reçues',
  'letter.recipients.none': 'Personne en dehors de {controller}.',
  'letter.transfers.intro':
    'Une partie est transférée vers des pays autres que le vôtre, avec ces garanties :',
  'letter.transfers.item': '{system} : vers {country}, protégé par {safeguard}',
  'letter.transfers.none': 'Notre registre n’indique aucun transfert vers un autre pays.',
  'letter.retention.heading': 'Combien de temps nous les conservons',
  'letter.retention.unknown': 'le registre n’indique pas de durée ; demandez-nous',
  'letter.decisions.heading': 'Décisions prises par ordinateur',
  'letter.decisions.none':
    'Notre registre n’indique aucune décision vous concernant prise uniquement par des moyens automatisés, ni aucun profilage.',
  'letter.withheld.heading': 'Ce que nous ne vous avons pas donné, et pourquoi',
  'letter.withheld.system': 'les données détenues dans {system}',
  'letter.withheld.category': 'les données de la catégorie « {category} »',
  'letter.withheld.whole':
    'toutes les données de {system} (il contient des données de la catégorie « {category} » et ses données ne sont pas classées par catégorie : nous n’avons donc pas pu vous donner le reste séparément)',
  'letter.withheld.item': '{part} : {reason} ({citation}). {text}',
  'letter.withheld.disagree':
    'Si vous n’êtes pas d’accord, voyez « Comment déposer une plainte » ci-dessous.',
  'letter.rights.heading': 'Vos droits',
  'letter.rights.intro': 'Vous avez',
  'letter.rights.item': 'le droit {words}',
  'letter.rights.use':
    'Pour en exercer un, répondez au message qui vous a mené ici ou écrivez à {contact}.',
  'letter.rights.unknown': 'Écrivez à {contact} pour exercer l’un de vos droits.',
  'letter.complaint.heading': 'Comment déposer une plainte',
  'letter.complaint.authority':
    'Si vous pensez que nous n’avons pas traité vos données ou cette demande comme la loi l’exige, vous pouvez déposer une plainte auprès de {authority} ({citation}) :',
  'letter.complaint.first': 'Vous pouvez aussi nous écrire d’abord à {contact}.',
  'letter.complaint.contact': 'Pour déposer une plainte, écrivez à {contact}.',
  'entry.system': '{system} : {text}',

  'found.heading': 'Comment nous vous avons trouvé',
  'found.intro': 'Nous avons cherché dans nos systèmes avec :',
  'found.item': '{label} : {values}',
  'identity.email': 'Adresse e-mail',
  'identity.phone': 'Numéro de téléphone',
  'identity.user_id': 'Numéro de compte',
  'identity.analytics_client_id': 'Identifiant client d’analyse',
  'identity.cookie_id': 'Identifiant de cookie',
  'identity.google_sub': 'Identifiant du compte Google',

  'system.holds': 'Ce qu’il contient',
  'system.why': 'Pourquoi',
  'system.grounds': 'Fondements juridiques',
  'system.recipients': 'Qui les reçoit',
  'system.recipients.none': 'personne en dehors de nous',
  'system.retention': 'Combien de temps nous les conservons',
  'system.source': 'D’où elles viennent',
  'system.source.unknown': 'De vous, et de votre utilisation de nos services',
  'system.transfers': 'Transferts à l’étranger',
  'system.transfer': '{country} ({safeguard})',
  'system.decisions': 'Décisions automatisées',
  'system.noneRecorded': 'aucun enregistré',
  'system.outcome': 'Ce que nous avons fait',
  'system.note': 'Une remarque pour vous',
  'system.files': 'Fichiers de ce système :',
  'system.file': '{name} ({bytes, plural, one {# octet} other {# octets}}) : {path}',

  'outcome.done': 'fait',
  'outcome.not_found': 'rien trouvé vous concernant',
  'outcome.failed': 'n’a pas pu être terminé ; nous nous en occupons',
  'outcome.skipped':
    'pas consulté : nous n’avions aucune donnée permettant à ce système de vous trouver',
  'outcome.pending': 'toujours en cours',
  // Between the parts of one result ("3 records found; kept: …").
  'outcome.separator': ' ; ',
  'count.found': '{count, plural, one {# enregistrement trouvé} other {# enregistrements trouvés}}',
  'count.erased': '{count, plural, one {# valeur effacée} other {# valeurs effacées}}',
  'count.masked': '{count, plural, one {# valeur écrasée} other {# valeurs écrasées}}',
  'count.hashed':
    '{count, plural, one {# valeur rendue illisible} other {# valeurs rendues illisibles}}',
  'count.deleted':
    '{count, plural, one {# enregistrement supprimé} other {# enregistrements supprimés}}',
  'count.retained': '{count, plural, one {# valeur conservée} other {# valeurs conservées}}',
  'count.rectified': '{count, plural, one {# valeur corrigée} other {# valeurs corrigées}}',
  'kept.until': 'conservé : {basis} jusqu’au {until, date, long}',
  'kept.open': 'conservé : {basis}, sans date de fin enregistrée',

  'records.heading': '{count, plural, one {Un enregistrement} other {# enregistrements}}',
  'records.headingWhat':
    '{count, plural, one {Un enregistrement} other {# enregistrements}} : {what}',
  'records.files':
    'Tous, avec chaque détail, se trouvent dans le dossier {folder} de ce téléchargement, en JSON et en CSV.',
  'records.filesTechnical':
    'Tous, avec chaque détail (et aussi {technical, plural, one {un champ technique} other {# champs techniques}} comme des numéros et des dates internes), se trouvent dans le dossier {folder} de ce téléchargement, en JSON et en CSV.',
  'records.more':
    '{count, plural, one {Un autre enregistrement se trouve} other {# autres enregistrements se trouvent}} dans les fichiers.',
  'value.yes': 'oui',
  'value.no': 'non',
};
