import type { MessageCatalog } from '@dsar/mail';
import type { PackageKey } from './en.js';

/** Deutsch: vollständig (der Katalog-Test prüft jeden Schlüssel des englischen Katalogs). */
export const de: MessageCatalog<PackageKey> = {
  'report.title': 'Ihre personenbezogenen Daten — {reference}',
  'report.heading': 'Ihre personenbezogenen Daten',
  'report.opening':
    '{controller} beantwortet Ihre Anfrage {type, select, access {auf eine Kopie Ihrer personenbezogenen Daten} portability {auf Ihre Daten in einer Form, die Sie mitnehmen können} other {zu Ihren personenbezogenen Daten}} (Aktenzeichen {reference}), eingegangen am {received, date, long}. Datenschutzkontakt: {contact}.',

  'letter.hold.heading': 'Was wir über Sie gespeichert haben',
  'letter.hold.found':
    'Wir haben personenbezogene Daten über Sie in {systems, plural, one {einem unserer Systeme} other {# unserer Systeme}} gefunden. Jedes wird unten beschrieben, mit den Daten selbst; jeder Datensatz liegt außerdem im Ordner <b>data</b> dieses Downloads, als JSON und CSV.',
  'letter.hold.kinds': 'Die Arten von Daten: {kinds}.',
  'letter.why.heading': 'Wofür wir sie verwenden',
  'letter.why.grounds': 'Auf diesen Rechtsgrundlagen:',
  'letter.source.heading': 'Woher sie stammen',
  'letter.source.unknown':
    'was Sie uns gegeben haben und was Ihre Nutzung unserer Dienste aufgezeichnet hat',
  'letter.recipients.heading': 'Wer sie erhalten hat',
  'letter.recipients.none': 'Niemand außerhalb von {controller}.',
  'letter.transfers.intro':
    'Ein Teil davon geht in Länder außerhalb Ihres eigenen, mit diesen Garantien:',
  'letter.transfers.item': '{system}: nach {country}, geschützt durch {safeguard}',
  'letter.transfers.none':
    'In unserem Verzeichnis ist keine Übermittlung in ein anderes Land eingetragen.',
  'letter.retention.heading': 'Wie lange wir sie aufbewahren',
  'letter.retention.unknown': 'das Verzeichnis nennt keine Frist; fragen Sie uns',
  'letter.decisions.heading': 'Entscheidungen durch Computer',
  'letter.decisions.none':
    'In unserem Verzeichnis ist keine Entscheidung über Sie eingetragen, die allein automatisiert getroffen wurde, und kein Profiling.',
  'letter.withheld.heading': 'Was wir Ihnen nicht gegeben haben, und warum',
  'letter.withheld.system': 'die Daten in {system}',
  'letter.withheld.category': 'Daten der Kategorie „{category}“',
  'letter.withheld.whole':
    'alle Daten in {system} (dort liegen Daten der Kategorie „{category}“, und seine Daten sind nicht nach Kategorien gekennzeichnet, daher konnten wir Ihnen den Rest nicht getrennt geben)',
  'letter.withheld.item': '{part}: {reason} ({citation}). {text}',
  'letter.withheld.disagree':
    'Wenn Sie nicht einverstanden sind, lesen Sie unten „Wie Sie sich beschweren können“.',
  'letter.rights.heading': 'Ihre Rechte',
  'letter.rights.intro': 'Sie haben',
  'letter.rights.item': 'das Recht, {words}',
  'letter.rights.use':
    'Um eines davon auszuüben, antworten Sie auf die E-Mail, die Sie hierher geführt hat, oder schreiben Sie an {contact}.',
  'letter.rights.unknown': 'Schreiben Sie an {contact}, um eines Ihrer Rechte auszuüben.',
  'letter.complaint.heading': 'Wie Sie sich beschweren können',
  'letter.complaint.authority':
    'Wenn Sie meinen, dass wir Ihre Daten oder diese Anfrage nicht so behandelt haben, wie es das Gesetz verlangt, können Sie sich bei {authority} beschweren ({citation}):',
  'letter.complaint.first': 'Sie können sich auch zuerst an uns wenden: {contact}.',
  'letter.complaint.contact': 'Für eine Beschwerde schreiben Sie an {contact}.',
  'entry.system': '{system}: {text}',

  'found.heading': 'Wie wir Sie gefunden haben',
  'found.intro': 'Wir haben unsere Systeme durchsucht mit:',
  'found.item': '{label}: {values}',
  'identity.email': 'E-Mail-Adresse',
  'identity.phone': 'Telefonnummer',
  'identity.user_id': 'Kontonummer',
  'identity.analytics_client_id': 'Analyse-Client-ID',
  'identity.cookie_id': 'Cookie-ID',
  'identity.google_sub': 'Google-Konto-ID',

  'system.holds': 'Was es enthält',
  'system.why': 'Wofür',
  'system.grounds': 'Rechtsgrundlagen',
  'system.recipients': 'Wer sie erhält',
  'system.recipients.none': 'niemand außerhalb unseres Unternehmens',
  'system.retention': 'Wie lange wir sie aufbewahren',
  'system.source': 'Woher sie stammen',
  'system.source.unknown': 'Von Ihnen und aus Ihrer Nutzung unserer Dienste',
  'system.transfers': 'Übermittlungen ins Ausland',
  'system.transfer': '{country} ({safeguard})',
  'system.decisions': 'Automatisierte Entscheidungen',
  'system.noneRecorded': 'keine verzeichnet',
  'system.outcome': 'Was wir getan haben',
  'system.note': 'Ein Hinweis für Sie',
  'system.files': 'Dateien aus diesem System:',
  'system.file': '{name} ({bytes, plural, one {# Byte} other {# Bytes}}): {path}',

  'outcome.done': 'erledigt',
  'outcome.not_found': 'nichts über Sie gefunden',
  'outcome.failed': 'konnte nicht abgeschlossen werden; wir gehen dem nach',
  'outcome.skipped':
    'nicht durchsucht: wir hatten keine Angabe, mit der dieses System Sie finden könnte',
  'outcome.pending': 'noch in Bearbeitung',
  // Between the parts of one result ("3 records found; kept: …").
  'outcome.separator': '; ',
  'count.found': '{count, plural, one {# Datensatz gefunden} other {# Datensätze gefunden}}',
  'count.erased': '{count, plural, one {# Wert gelöscht} other {# Werte gelöscht}}',
  'count.masked': '{count, plural, one {# Wert überschrieben} other {# Werte überschrieben}}',
  'count.hashed': '{count, plural, one {# Wert unlesbar gemacht} other {# Werte unlesbar gemacht}}',
  'count.deleted': '{count, plural, one {# Datensatz gelöscht} other {# Datensätze gelöscht}}',
  'count.retained': '{count, plural, one {# Wert aufbewahrt} other {# Werte aufbewahrt}}',
  'count.rectified': '{count, plural, one {# Wert berichtigt} other {# Werte berichtigt}}',
  'kept.until': 'aufbewahrt: {basis} bis zum {until, date, long}',
  'kept.open': 'aufbewahrt: {basis}, ohne verzeichnetes Enddatum',

  'records.heading': '{count, plural, one {Ein Datensatz} other {# Datensätze}}',
  'records.headingWhat': '{count, plural, one {Ein Datensatz} other {# Datensätze}}: {what}',
  'records.files':
    'Alle, mit allen Einzelheiten, liegen im Ordner {folder} dieses Downloads, als JSON und CSV.',
  'records.filesTechnical':
    'Alle, mit allen Einzelheiten (dazu {technical, plural, one {ein technisches Feld} other {# technische Felder}} wie interne Nummern und Datumsangaben), liegen im Ordner {folder} dieses Downloads, als JSON und CSV.',
  'records.more':
    '{count, plural, one {Ein weiterer Datensatz liegt} other {# weitere Datensätze liegen}} in den Dateien.',
  'value.yes': 'ja',
  'value.no': 'nein',
};
