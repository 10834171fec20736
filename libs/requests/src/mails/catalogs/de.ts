import type { MessageCatalog } from '@dsar/mail';
import type { MailKey } from './en.js';

/** Deutsch: vollständig (der Katalog-Test prüft jeden Schlüssel des englischen Katalogs). */
export const de: MessageCatalog<MailKey> = {
  'greeting.named': 'Guten Tag {name},',
  'greeting.anonymous': 'Guten Tag,',
  'layout.contact': '{controller} · Datenschutzkontakt: {contact}',
  'link.orOpen': 'Oder öffnen Sie diese Adresse: {url}',

  'type.access': 'Auskunft über Ihre personenbezogenen Daten',
  'type.rectification': 'Berichtigung Ihrer personenbezogenen Daten',
  'type.erasure': 'Löschung Ihrer personenbezogenen Daten',

  'verify.ask':
    'Bitte öffnen Sie diesen Link, um zu bestätigen, dass die Anfrage von Ihnen stammt.',
  'verify.until': 'Der Link gilt bis zum {until, date, long} und nur einmal.',
  'verify.button': 'Meine Anfrage bestätigen',
  'status.follow': 'Den Stand Ihrer Anfrage können Sie jederzeit verfolgen:',
  'status.button': 'Stand meiner Anfrage ansehen',

  'acknowledgement.subject': 'Ihre Datenschutzanfrage {reference}',
  'acknowledgement.title': 'Wir haben Ihre Anfrage {reference} erhalten',
  'acknowledgement.body':
    'Wir haben Ihre Anfrage auf {what} erhalten. Ihr Aktenzeichen ist <b>{reference}</b>. Wir antworten spätestens bis zum {due, date, long}.',
  'acknowledgement.notYou':
    'Wenn Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese E-Mail: ohne Bestätigung geschieht nichts.',

  'fresh_link.subject': 'Neue Links für Ihre Datenschutzanfrage {reference}',
  'fresh_link.title': 'Neue Links für {reference}',
  'fresh_link.body':
    'Hier sind neue Links für Ihre Anfrage <b>{reference}</b>. Frühere Links funktionieren nicht mehr.',

  'duplicate.subject': 'Ihre Datenschutzanfrage {reference} ist bereits offen',
  'duplicate.title': 'Ihre Anfrage {reference} ist bereits offen',
  'duplicate.body':
    'Sie haben bereits eine offene Anfrage auf {what} mit dem Aktenzeichen <b>{reference}</b>. Wir haben Ihre neue Eingabe damit verknüpft, Sie müssen nichts weiter tun; die Frist bleibt der {due, date, long}.',

  'cancellation.subject': 'Ihre Datenschutzanfrage {reference} wurde zurückgezogen',
  'cancellation.title': 'Anfrage {reference} zurückgezogen',
  'cancellation.body': 'Ihre Anfrage <b>{reference}</b> wurde zurückgezogen.',
  'cancellation.reason': 'Grund: {reason}',
  'cancellation.again': 'Sie können jederzeit eine neue Anfrage stellen.',

  'denial.subject': 'Ihre Datenschutzanfrage {reference} wurde abgelehnt',
  'denial.title': 'Ihre Anfrage {reference} wurde abgelehnt',
  'denial.body':
    'Wir können Ihrer Anfrage auf {what} (Aktenzeichen <b>{reference}</b>) nicht nachkommen, weil {why}.',
  'denial.reason.identity_not_verified':
    'wir nicht prüfen konnten, dass die Anfrage von Ihnen stammt',
  'denial.reason.manifestly_unfounded': 'die Anfrage offenkundig unbegründet ist',
  'denial.reason.excessive_repetitive':
    'die Anfrage exzessiv ist, insbesondere weil sie frühere Anfragen wiederholt',
  'denial.reason.exemption_applies': 'für die betroffenen Daten eine gesetzliche Ausnahme gilt',
  'denial.reason.outside_jurisdiction':
    'die Anfrage nicht unter das Gesetz fällt, auf das sie sich stützt',
  'denial.reason.other': 'ein anderer, unten erklärter Grund vorliegt',
  'denial.appeal':
    'Sie können bis zum {until, date, long} Widerspruch gegen diese Entscheidung einlegen: Öffnen Sie die Statusseite Ihrer Anfrage (der Link in unserer ersten E-Mail) und schicken Sie uns Ihre Gründe.',
  'denial.complaint.supervisory':
    'Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren: {authority}. Sie können auch gerichtlich dagegen vorgehen.',
  'denial.complaint.also': 'Sie können sich außerdem an diese Stelle wenden: {authority}.',
  'denial.complaint.regulator': 'Sie können sich bei dieser Stelle beschweren: {authority}.',
  'denial.again':
    'Wenn Sie den oben genannten Grund ausräumen können, stellen Sie gern eine neue Anfrage.',

  'extension.subject': 'Ihre Datenschutzanfrage {reference}: neuer Antworttermin',
  'extension.title': 'Mehr Zeit für Ihre Anfrage {reference}',
  'extension.body':
    'Wir brauchen mehr Zeit, um Ihre Anfrage <b>{reference}</b> zu beantworten. Wir antworten spätestens bis zum <b>{due, date, long}</b>.',
  'extension.why': 'Warum: {reason}',

  'clarification.subject': 'Eine Frage zu Ihrer Datenschutzanfrage {reference}',
  'clarification.title': 'Eine Frage zu Ihrer Anfrage {reference}',
  'clarification.body':
    'Um Ihre Anfrage <b>{reference}</b> zu beantworten, müssen wir Sie etwas fragen:',
  'clarification.clockStops':
    'Bis Sie antworten, ruht die Frist für unsere Antwort; sie läuft ab Ihrer Antwort weiter.',
  'clarification.clockRuns': 'Wir antworten trotzdem spätestens bis zum {due, date, long}.',
  'clarification.button': 'Die Frage beantworten',

  'appeal_received.subject': 'Ihr Widerspruch zur Datenschutzanfrage {reference}',
  'appeal_received.title': 'Wir haben Ihren Widerspruch zu {reference} erhalten',
  'appeal_received.body':
    'Wir haben Ihren Widerspruch zur Anfrage <b>{reference}</b> erhalten. Jemand, der nicht an der ersten Entscheidung beteiligt war, prüft sie erneut; wir schreiben Ihnen das Ergebnis und unsere Gründe spätestens bis zum {by, date, long}.',

  'appeal.decisionSubject':
    'Ihr Widerspruch zur Datenschutzanfrage {reference}: unsere Entscheidung',
  'appeal.reasons': 'Unsere Gründe: {reasons}',
  'appeal_upheld.title': 'Ihr Widerspruch zu {reference}: die Entscheidung bleibt',
  'appeal_upheld.body':
    'Wir haben unsere Entscheidung über Ihre Anfrage auf {what} (Aktenzeichen <b>{reference}</b>) erneut geprüft; sie bleibt bestehen.',
  'appeal_overturned.title': 'Ihr Widerspruch zu {reference}: Anfrage wieder aufgenommen',
  'appeal_overturned.body':
    'Wir haben unsere Entscheidung über Ihre Anfrage <b>{reference}</b> erneut geprüft und geben Ihnen recht: Wir haben die Anfrage wieder aufgenommen und bearbeiten sie.',
  'appeal_overturned.next': 'Wir schreiben Ihnen wieder, sobald sie erledigt ist.',

  'lapsed.subject': 'Ihre Datenschutzanfrage {reference} wurde geschlossen: nicht bestätigt',
  'lapsed.title': 'Anfrage {reference} unbestätigt geschlossen',
  'lapsed.body':
    'Ihre Bestätigung der Anfrage auf {what} (Aktenzeichen <b>{reference}</b>) kam nicht rechtzeitig, daher haben wir sie geschlossen, ohne tätig zu werden: Es wurden keine Daten gesucht, kopiert, geändert oder gelöscht.',
  'lapsed.rule':
    'Nach {regime} dürfen wir nur eine Anfrage bearbeiten, von der wir bestätigen können, dass sie von Ihnen stammt ({citation}).',
  'lapsed.again': 'Sie können jederzeit eine neue Anfrage stellen.',
  'lapsed.complain':
    'Wenn Sie meinen, dass wir falsch liegen, können Sie sich bei der Stelle {authority} beschweren: {url}',

  'regime_changed.subject': 'Ihre Datenschutzanfrage {reference}: Antworttermin',
  'regime_changed.title': 'Ihre Anfrage {reference}: das geltende Gesetz',
  'regime_changed.body':
    'Wir bearbeiten Ihre Anfrage <b>{reference}</b> jetzt nach {regime}, dem Gesetz, das für sie gilt. Danach antworten wir spätestens bis zum {due, date, long}.',

  'completion.subject': '{title} ({reference})',

  'access.readyTitle': 'Ihre personenbezogenen Daten stehen bereit',
  'access.noneTitle': 'Wir haben keine personenbezogenen Daten über Sie gefunden',
  'access.ready':
    'Ihre personenbezogenen Daten stehen zum Herunterladen bereit: eine Datei mit allem, was wir über Sie gespeichert haben, wie wir es nutzen und warum.',
  'access.none':
    'Wir haben jedes System durchsucht, das personenbezogene Daten über Sie enthalten könnte, und keine gefunden. Die Datei unten listet auf, wo wir gesucht haben.',
  'access.button': 'Meine Daten herunterladen',
  'access.until':
    'Der Link gilt bis zum {until, date, long}. Einen neuen können Sie auf Ihrer Statusseite anfordern.',

  'erasure.doneTitle': 'Ihre personenbezogenen Daten wurden gelöscht',
  'erasure.partTitle': 'Ihre Löschanfrage: was erledigt ist und was nicht',
  'erasure.noneTitle': 'Wir haben keine personenbezogenen Daten über Sie zum Löschen gefunden',
  'erasure.done':
    'Wir haben Ihre personenbezogenen Daten gelöscht: {count, plural, =0 {jedes System hat die Löschung bestätigt} one {# Eintrag wurde gelöscht, anonymisiert oder entfernt} other {# Einträge wurden gelöscht, anonymisiert oder entfernt}}.',
  'erasure.part':
    'Ihre Daten sind noch nicht überall gelöscht: {open, plural, one {ein System konnte} other {# Systeme konnten}} nicht abschließen. Unten steht, was in jedem System geschehen ist.',
  'erasure.none':
    'Wir haben jedes System durchsucht, das personenbezogene Daten über Sie enthalten könnte, und keine zum Löschen gefunden.',

  'rectification.doneTitle': 'Ihre personenbezogenen Daten wurden berichtigt',
  'rectification.noneTitle': 'Ihre Berichtigungsanfrage ist abgeschlossen',
  'rectification.partTitle': 'Ihre Berichtigungsanfrage: was erledigt ist und was nicht',
  'rectification.done':
    'Wir haben Ihre personenbezogenen Daten berichtigt ({count, plural, one {# Änderung} other {# Änderungen}}). Sie hatten gebeten um:',
  'rectification.none':
    'Wir haben keine gespeicherten Daten gefunden, die die gewünschten Berichtigungen brauchten. Sie hatten gebeten um:',
  'rectification.part':
    'Ihre Daten sind noch nicht überall berichtigt: {open, plural, one {ein System konnte} other {# Systeme konnten}} nicht abschließen. Sie hatten gebeten um:',
  'rectification.correction': '{field}: {value}',

  'outcome.perSystem': 'In den einzelnen Systemen:',
  'outcome.erased':
    '{system}: {count, plural, =0 {Löschung vom Verantwortlichen des Systems bestätigt} one {# Eintrag gelöscht, anonymisiert oder entfernt} other {# Einträge gelöscht, anonymisiert oder entfernt}}',
  'outcome.rectified':
    '{system}: {count, plural, =0 {Berichtigung vom Verantwortlichen des Systems bestätigt} one {# Änderung vorgenommen} other {# Änderungen vorgenommen}}',
  'outcome.notFound': '{system}: keine Daten über Sie gefunden',
  'outcome.notDone': '{system}: dort wurde für Ihre Anfrage nichts unternommen',
  'outcome.failed': '{system}: fehlgeschlagen — in diesem System konnten wir es nicht erledigen',
  'outcome.pending': '{system}: noch offen — wir schreiben Ihnen, sobald es erledigt ist',
  'outcome.note': 'Was wir Ihnen zu {system} sagen können: {note}',
  'kept.none': 'Nichts wurde aufbewahrt.',
  'kept.intro': 'Einige Daten mussten wir aufbewahren, weil das Gesetz es verlangt:',
  'kept.item': '{what} in {system}: {basis}, {until}',
  'kept.until': 'bis zum {until, date, long}',
  'kept.open': 'solange die Pflicht besteht',
  'type.portability': 'eine Kopie Ihrer Daten in einem maschinenlesbaren Format',
  'type.restriction': 'Einschränkung der Verarbeitung Ihrer personenbezogenen Daten',
  'type.objection': 'Widerspruch gegen die Verarbeitung Ihrer personenbezogenen Daten',
  'type.opt_out': 'Widerspruch gegen den Verkauf oder die Weitergabe Ihrer personenbezogenen Daten',
  'type.limit_sensitive': 'Begrenzung der Nutzung Ihrer sensiblen personenbezogenen Daten',
  'acknowledgement.notYouStarted':
    'Wenn Sie diese Anfrage nicht gestellt haben, antworten Sie auf diese E-Mail und sagen Sie es uns.',
  'portability.readyTitle': 'Ihre Daten stehen zur Mitnahme bereit',
  'portability.noneTitle': 'Wir haben keine Daten gefunden, die Sie uns gegeben haben',
  'portability.ready':
    'Die personenbezogenen Daten, die Sie uns gegeben haben, stehen zum Herunterladen bereit, in einem maschinenlesbaren Format (JSON), das Sie an einen anderen Dienst weitergeben können.',
  'portability.none':
    'Wir haben jedes System durchsucht, das Daten enthält, die Sie uns gegeben haben, und keine gefunden. Die Datei unten listet auf, wo wir gesucht haben.',
  'rights.partTitle': 'Ihre Anfrage auf {what}: was erledigt ist und was nicht',
  'rights.part':
    'Noch nicht jedes System hat es erledigt: {open, plural, one {ein System konnte} other {# Systeme konnten}} nicht abschließen. Unten steht, was in jedem System geschehen ist.',
  'rights.noneDone':
    'Wir haben Ihren Antrag festgehalten; er gilt ab heute. Keines unserer Systeme musste dafür etwas ändern; jede Zeile sagt, was dort geschah:',
  'rights.noSystems': 'Keines unserer Systeme enthält Daten über Sie.',
  'restriction.title': 'Die Verarbeitung Ihrer Daten ist eingeschränkt',
  'restriction.summary':
    'Wo unten bei einem System „eingeschränkt“ steht, haben wir die Verarbeitung Ihrer personenbezogenen Daten eingeschränkt: Sie bleiben dort gespeichert, aber wir nutzen sie sonst nicht. Jede Zeile sagt, was in dem System geschah:',
  'restriction.done': '{system}: eingeschränkt',
  'restriction.closing': 'Bevor die Einschränkung aufgehoben wird, sagen wir es Ihnen.',
  'objection.title': 'Wir haben Ihren Widerspruch bearbeitet',
  'objection.summary':
    'Wir haben die Verarbeitung Ihrer personenbezogenen Daten, der Sie widersprochen haben, in diesen Systemen beendet:',
  'objection.done': '{system}: beendet',
  'objection.closing': 'Wenn ein System weitermachen musste, steht oben in seiner Zeile, warum.',
  'opt_out.title':
    'Wir verkaufen Ihre personenbezogenen Daten nicht mehr und geben sie nicht mehr weiter',
  'opt_out.summary':
    'Sie haben uns gebeten, Ihre personenbezogenen Daten nicht zu verkaufen oder weiterzugeben. Wir haben das vermerkt und jedes System und jeden Partner informiert, der sie verkaufen oder weitergeben könnte:',
  'opt_out.done': '{system}: informiert, und bestätigt',
  'opt_out.closing':
    'Ihre Wahl bleibt vermerkt: Wir prüfen sie vor jedem Verkauf und jeder Weitergabe Ihrer Daten.',
  'limit_sensitive.title': 'Wir begrenzen die Nutzung Ihrer sensiblen personenbezogenen Daten',
  'limit_sensitive.summary':
    'Sie haben uns gebeten, die Nutzung Ihrer sensiblen personenbezogenen Daten auf das zu begrenzen, was für den gewünschten Dienst nötig ist. Wir haben das vermerkt und jedes System und jeden Partner informiert, der sie nutzt:',
  'limit_sensitive.done': '{system}: informiert, und bestätigt',
  'limit_sensitive.closing':
    'Ihre Wahl bleibt vermerkt: Wir prüfen sie vor jeder anderen Nutzung dieser Daten.',
  'refused.intro':
    'Wir konnten nicht alles tun, worum Sie gebeten haben. Ein Teil Ihrer Anfrage wurde abgelehnt:',
  'refused.item': '{part}: nicht gewährt, weil {reason} ({citation}). {text}',
  'rights.system': '{system}',
  'restriction_lifting.title': 'Die Einschränkung Ihrer Daten wird aufgehoben',
  'restriction_lifting.summary':
    'Wir heben demnächst die Einschränkung der Verarbeitung Ihrer personenbezogenen Daten auf (Anfrage {reference}). Ab dann dürfen wir sie wieder nutzen in:',
  'restriction_lifting.closing':
    'Wenn Sie meinen, dass die Einschränkung bleiben sollte, etwa weil die Richtigkeit der Daten oder unsere Gründe noch strittig sind, antworten Sie auf diese E-Mail.',
  'yourRights.intro': 'Sie haben außerdem diese Rechte ({citation}):',
  'yourRights.item': '{phrase}',
};
