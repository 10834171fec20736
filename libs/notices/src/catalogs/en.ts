/**
 * Every sentence of a mail to a business (a processor's privacy contact, an Art. 19 recipient),
 * in English: the reference catalog. Keys are `<mail>.<part>`; values are ICU messages. Every
 * other language translates these keys; one it leaves out is said in English.
 */
export const en = {
  'identity.email': 'E-mail address',
  'identity.phone': 'Phone number',
  'identity.user_id': 'Account number',
  'identity.analytics_client_id': 'Analytics client id',
  'identity.cookie_id': 'Cookie id',
  'identity.google_sub': 'Google account id',

  'action.access': 'access',
  'action.rectification': 'rectification',
  'action.erasure': 'erasure',
  'action.portability': 'portability',
  'action.restriction': 'restriction',
  'action.objection': 'objection',
  'action.opt_out': 'opt-out of sale and sharing',
  'action.limit_sensitive': 'limit the use of sensitive information',

  'common.questions': 'Questions: {replyTo}, quoting {reference}.',
  'common.correction': '{label} ({field}) → {value}',
  'common.corrections': 'Corrections: {corrections}.',

  'processor.subject':
    'Data-subject request {reference} ({action}) — please answer by {due, date, long}',
  'processor.reminderSubject':
    'Reminder: data-subject request {reference} ({action}) — please answer by {due, date, long}',
  'processor.reminder':
    'Reminder: the request below is due soon and we have not recorded your answer yet.',
  'processor.intro':
    '{controller} received a data-subject request ({action}, reference {reference}). You process personal data for us as {system}. Please {ask}.',
  'processor.ask.access':
    'send us a copy of all personal data you hold about this person, in a machine-readable form (JSON or CSV)',
  'processor.ask.erasure':
    'erase all personal data you hold about this person, and tell us what, if anything, you must keep by law, on which basis and until when',
  'processor.ask.rectification':
    'correct the personal data you hold about this person as listed below',
  'processor.ask.portability':
    'send us the personal data this person gave you, in a structured, commonly used, machine-readable form (JSON or CSV)',
  'processor.ask.restriction':
    'restrict the processing of the personal data you hold about this person: keep it stored, but do not otherwise use it until we tell you the restriction is lifted',
  'processor.ask.objection':
    'stop processing the personal data you hold about this person for the purposes the person objected to, and tell us if you must go on on compelling legitimate grounds',
  'processor.ask.opt_out':
    'stop selling or sharing the personal information of this person (the person opted out of sale and sharing, Cal. Civ. Code § 1798.120), and tell us when that is done',
  'processor.ask.limit_sensitive':
    'limit the use of the sensitive personal information of this person to what is necessary to perform the services the person asked for (Cal. Civ. Code § 1798.121), and tell us when that is done',
  'processor.whom.named': 'About whom: {name}, identified by {identities}.',
  'processor.whom.anonymous': 'About whom: the person identified by {identities}.',
  'processor.whom.noIdentities': 'the identities on file',
  'processor.due':
    'By when: please answer by {due, date, long}, so that we can answer the person within the legal deadline.',
  'processor.reply':
    'Where to reply: {replyTo}, quoting {reference}. Tell us whether the request is done, partly done (what remains and why) or refused (on which ground).',

  'lifted.subject': 'Data-subject request {reference}: the restriction is lifted',
  'lifted.body':
    '{controller} lifts the restriction of processing it asked you to apply as {system} (reference {reference}). You may process the data as before.',

  'cancel.subject': 'Data-subject request {reference} withdrawn — no action needed',
  'cancel.body':
    'The data-subject request {reference} that {controller} sent you has been cancelled.',
  'cancel.noAction':
    'Please take no further action on it. If you already acted, no reply is needed.',
  'cancel.questions': 'Questions: {replyTo}.',

  'notice.subject': '{controller}: notice of {action} under Art. 19 GDPR ({reference})',
  'notice.greeting': 'Dear {name},',
  'notice.done.erasure':
    'At the request of the data subject, {controller} erased personal data of the person identified below (right to erasure, Art. 17 GDPR) in {systems}.',
  'notice.done.rectification':
    'At the request of the data subject, {controller} corrected personal data of the person identified below (right to rectification, Art. 16 GDPR) in {systems}.',
  'notice.done.restriction':
    'At the request of the data subject, {controller} restricted the processing of personal data of the person identified below (right to restriction, Art. 18 GDPR) in {systems}.',
  'notice.disclosed':
    'We disclosed data from {count, plural, one {that system} other {these systems}} to you, so Art. 19 GDPR asks us to tell you.',
  'notice.identified': 'Identified by: {identities}.',
  'notice.identifiedByReference': 'Identified by: see the reference.',
  'notice.ask.erasure':
    'Please erase the personal data of this person that you received from us, unless you must keep it by law.',
  'notice.ask.rectification':
    'Please correct the personal data of this person that you received from us.',
  'notice.ask.restriction':
    'Please restrict the processing of the personal data of this person that you received from us: keep it stored, but do not otherwise use it until we tell you the restriction is lifted.',
} as const;

export type BusinessMailKey = keyof typeof en;
