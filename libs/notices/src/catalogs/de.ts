import type { MessageCatalog } from '@dsar/mail';
import type { BusinessMailKey } from './en.js';

/** German (Sie-Form): complete, the catalog spec checks every key. */
export const de: MessageCatalog<BusinessMailKey> = {
  'identity.email': 'E-Mail-Adresse',
  'identity.phone': 'Telefonnummer',
  'identity.user_id': 'Kundennummer',
  'identity.analytics_client_id': 'Analytics-Client-ID',
  'identity.cookie_id': 'Cookie-ID',
  'identity.google_sub': 'Google-Konto-ID',

  'action.access': 'Auskunft',
  'action.rectification': 'Berichtigung',
  'action.erasure': 'Löschung',
  'action.portability': 'Datenübertragbarkeit',
  'action.restriction': 'Einschränkung der Verarbeitung',
  'action.objection': 'Widerspruch',
  'action.opt_out': 'Widerspruch gegen Verkauf und Weitergabe',
  'action.limit_sensitive': 'Beschränkung der Nutzung sensibler Daten',

  'common.questions': 'Fragen: {replyTo}, unter Angabe von {reference}.',
  'common.correction': '{label} ({field}) → {value}',
  'common.corrections': 'Berichtigungen: {corrections}.',

  'processor.subject':
    'Antrag einer betroffenen Person {reference} ({action}) – bitte antworten Sie bis zum {due, date, long}',
  'processor.reminderSubject':
    'Erinnerung: Antrag einer betroffenen Person {reference} ({action}) – bitte antworten Sie bis zum {due, date, long}',
  'processor.reminder':
    'Erinnerung: Der folgende Antrag ist bald fällig, und wir haben Ihre Antwort noch nicht erfasst.',
  'processor.intro':
    '{controller} hat einen Antrag einer betroffenen Person erhalten ({action}, Aktenzeichen {reference}). Sie verarbeiten als {system} personenbezogene Daten in unserem Auftrag. Bitte {ask}.',
  'processor.ask.access':
    'senden Sie uns eine Kopie aller personenbezogenen Daten, die Sie über diese Person gespeichert haben, in maschinenlesbarer Form (JSON oder CSV)',
  'processor.ask.erasure':
    'löschen Sie alle personenbezogenen Daten, die Sie über diese Person gespeichert haben, und teilen Sie uns mit, was Sie gegebenenfalls gesetzlich aufbewahren müssen, auf welcher Grundlage und bis wann',
  'processor.ask.rectification':
    'berichtigen Sie die personenbezogenen Daten dieser Person wie unten aufgeführt',
  'processor.ask.portability':
    'senden Sie uns die personenbezogenen Daten, die diese Person Ihnen bereitgestellt hat, in einem strukturierten, gängigen und maschinenlesbaren Format (JSON oder CSV)',
  'processor.ask.restriction':
    'schränken Sie die Verarbeitung der personenbezogenen Daten dieser Person ein: Speichern Sie sie weiter, aber nutzen Sie sie nicht anderweitig, bis wir Ihnen mitteilen, dass die Einschränkung aufgehoben ist',
  'processor.ask.objection':
    'verarbeiten Sie die personenbezogenen Daten dieser Person nicht mehr für die Zwecke, denen die Person widersprochen hat, und teilen Sie uns mit, falls Sie aus zwingenden schutzwürdigen Gründen weiter verarbeiten müssen',
  'processor.ask.opt_out':
    'verkaufen oder teilen Sie die personenbezogenen Daten dieser Person nicht mehr (die Person hat dem Verkauf und der Weitergabe widersprochen, Cal. Civ. Code § 1798.120), und teilen Sie uns mit, wann das erledigt ist',
  'processor.ask.limit_sensitive':
    'beschränken Sie die Nutzung der sensiblen personenbezogenen Daten dieser Person auf das, was für die von ihr gewünschten Leistungen nötig ist (Cal. Civ. Code § 1798.121), und teilen Sie uns mit, wann das erledigt ist',
  'processor.whom.named': 'Betroffene Person: {name}, erkennbar an {identities}.',
  'processor.whom.anonymous': 'Betroffene Person: erkennbar an {identities}.',
  'processor.whom.noIdentities': 'den bei Ihnen gespeicherten Kennungen',
  'processor.due':
    'Frist: Bitte antworten Sie bis zum {due, date, long}, damit wir der Person fristgerecht antworten können.',
  'processor.reply':
    'Antwort an: {replyTo}, unter Angabe von {reference}. Teilen Sie uns mit, ob der Antrag erledigt, teilweise erledigt (was fehlt und warum) oder abgelehnt ist (aus welchem Grund).',

  'lifted.subject': 'Antrag einer betroffenen Person {reference}: Die Einschränkung ist aufgehoben',
  'lifted.body':
    '{controller} hebt die Einschränkung der Verarbeitung auf, um die wir Sie als {system} gebeten hatten (Aktenzeichen {reference}). Sie dürfen die Daten wieder wie zuvor verarbeiten.',

  'cancel.subject':
    'Antrag einer betroffenen Person {reference} zurückgezogen – nichts weiter zu tun',
  'cancel.body':
    'Der Antrag einer betroffenen Person {reference}, den {controller} Ihnen geschickt hat, wurde zurückgezogen.',
  'cancel.noAction':
    'Bitte unternehmen Sie dazu nichts weiter. Falls Sie schon gehandelt haben, ist keine Antwort nötig.',
  'cancel.questions': 'Fragen: {replyTo}.',

  'notice.subject': '{controller}: Mitteilung über {action} nach Art. 19 DSGVO ({reference})',
  'notice.greeting': 'Sehr geehrtes Team von {name},',
  'notice.done.erasure':
    'Auf Verlangen der betroffenen Person hat {controller} personenbezogene Daten der unten genannten Person (Recht auf Löschung, Art. 17 DSGVO) in {systems} gelöscht.',
  'notice.done.rectification':
    'Auf Verlangen der betroffenen Person hat {controller} personenbezogene Daten der unten genannten Person (Recht auf Berichtigung, Art. 16 DSGVO) in {systems} berichtigt.',
  'notice.done.restriction':
    'Auf Verlangen der betroffenen Person hat {controller} die Verarbeitung personenbezogener Daten der unten genannten Person (Recht auf Einschränkung der Verarbeitung, Art. 18 DSGVO) in {systems} eingeschränkt.',
  'notice.disclosed':
    'Wir haben Ihnen Daten aus {count, plural, one {diesem System} other {diesen Systemen}} offengelegt; deshalb müssen wir Sie nach Art. 19 DSGVO informieren.',
  'notice.identified': 'Erkennbar an: {identities}.',
  'notice.identifiedByReference': 'Erkennbar an: siehe Aktenzeichen.',
  'notice.ask.erasure':
    'Bitte löschen Sie die personenbezogenen Daten dieser Person, die Sie von uns erhalten haben, sofern Sie sie nicht gesetzlich aufbewahren müssen.',
  'notice.ask.rectification':
    'Bitte berichtigen Sie die personenbezogenen Daten dieser Person, die Sie von uns erhalten haben.',
  'notice.ask.restriction':
    'Bitte schränken Sie die Verarbeitung der personenbezogenen Daten dieser Person ein, die Sie von uns erhalten haben: Speichern Sie sie weiter, aber nutzen Sie sie nicht anderweitig, bis wir Ihnen mitteilen, dass die Einschränkung aufgehoben ist.',
};
