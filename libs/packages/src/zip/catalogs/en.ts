/**
 * Every sentence `report.html` says, in English: the reference catalog. Keys are
 * `<part>.<what>`; values are ICU messages (`{count, plural, …}`, `{received, date, long}`,
 * `<b>…</b>`). The package's machine files (manifest, CSV, JSON) keep English codes and keys.
 */
export const en = {
  'report.title': 'Your personal data — {reference}',
  'report.heading': 'Your personal data',
  'report.opening':
    '{controller} answers your request {type, select, access {for a copy of your personal data} portability {for your data in a form you can take elsewhere} other {about your personal data}} (reference {reference}), received on {received, date, long}. Privacy contact: {contact}.',

  'letter.hold.heading': 'What we hold about you',
  'letter.hold.found':
    'We found personal data about you in {systems, plural, one {one of our systems} other {# of our systems}}. Each is described below, with the data itself; every record is also in the <b>data</b> folder of this download, in JSON and CSV.',
  'letter.hold.kinds': 'The kinds of data: {kinds}.',
  'letter.why.heading': 'Why we use it',
  'letter.why.grounds': 'On these legal grounds:',
  'letter.source.heading': 'Where it came from',
  'letter.source.unknown': 'what you gave us and what your use of our services recorded',
  'letter.recipients.heading': 'Who received it',
  'letter.recipients.none': 'No one outside {controller}.',
  'letter.transfers.intro': 'Some of it goes to countries outside your own, with these safeguards:',
  'letter.transfers.item': '{system}: to {country}, protected by {safeguard}',
  'letter.transfers.none': 'Our registry records no transfer of it to another country.',
  'letter.retention.heading': 'How long we keep it',
  'letter.retention.unknown': 'the registry records no period; ask us',
  'letter.decisions.heading': 'Decisions made by computer',
  'letter.decisions.none':
    'Our registry records no decision about you made by automated means alone, and no profiling.',
  'letter.withheld.heading': 'What we did not give you, and why',
  'letter.withheld.system': 'the data held in {system}',
  'letter.withheld.category': 'data of the category “{category}”',
  'letter.withheld.whole':
    'all the data held in {system} (it holds data of the category “{category}”, and its data is not labelled by category, so we could not give you the rest separately)',
  'letter.withheld.item': '{part}: {reason} ({citation}). {text}',
  'letter.withheld.disagree': 'If you disagree, see “How to complain” below.',
  'letter.rights.heading': 'Your rights',
  'letter.rights.intro': 'You have',
  'letter.rights.item': 'the right {words}',
  'letter.rights.use': 'To use one, reply to the mail that brought you here or write to {contact}.',
  'letter.rights.unknown': 'Write to {contact} to use any of your rights.',
  'letter.complaint.heading': 'How to complain',
  'letter.complaint.authority':
    'If you think we have not handled your data or this request as the law requires, you may complain to {authority} ({citation}):',
  'letter.complaint.first': 'You may also write to us first at {contact}.',
  'letter.complaint.contact': 'To complain, write to {contact}.',
  'entry.system': '{system}: {text}',

  'found.heading': 'How we found you',
  'found.intro': 'We searched our systems with:',
  'found.item': '{label}: {values}',
  'identity.email': 'E-mail address',
  'identity.phone': 'Phone number',
  'identity.user_id': 'Account number',
  'identity.analytics_client_id': 'Analytics client id',
  'identity.cookie_id': 'Cookie id',
  'identity.google_sub': 'Google account id',

  'system.holds': 'What it holds',
  'system.why': 'Why',
  'system.grounds': 'Legal grounds',
  'system.recipients': 'Who receives it',
  'system.recipients.none': 'no one outside us',
  'system.retention': 'How long we keep it',
  'system.source': 'Where it came from',
  'system.source.unknown': 'You, and your use of our services',
  'system.transfers': 'Transfers abroad',
  'system.transfer': '{country} ({safeguard})',
  'system.decisions': 'Automated decisions',
  'system.noneRecorded': 'none recorded',
  'system.outcome': 'What we did',
  'system.note': 'A note for you',
  'system.files': 'Files from this system:',
  'system.file': '{name} ({bytes, plural, one {# byte} other {# bytes}}): {path}',

  'outcome.done': 'done',
  'outcome.not_found': 'nothing about you found',
  'outcome.failed': 'could not be completed; we are looking into it',
  'outcome.skipped': 'not searched: we had no detail this system could find you by',
  'outcome.pending': 'still in progress',
  // Between the parts of one result ("3 records found; kept: …").
  'outcome.separator': '; ',
  'count.found': '{count, plural, one {# record found} other {# records found}}',
  'count.erased': '{count, plural, one {# value erased} other {# values erased}}',
  'count.masked': '{count, plural, one {# value overwritten} other {# values overwritten}}',
  'count.hashed': '{count, plural, one {# value made unreadable} other {# values made unreadable}}',
  'count.deleted': '{count, plural, one {# record deleted} other {# records deleted}}',
  'count.retained': '{count, plural, one {# value kept} other {# values kept}}',
  'count.rectified': '{count, plural, one {# value corrected} other {# values corrected}}',
  'kept.until': 'kept: {basis} until {until, date, long}',
  'kept.open': 'kept: {basis}, with no end date recorded',

  'records.heading': '{count, plural, one {One record} other {# records}}',
  'records.headingWhat': '{count, plural, one {One record} other {# records}}: {what}',
  'records.files':
    'All of them, with every detail, are in the folder {folder} of this download, as JSON and CSV.',
  'records.filesTechnical':
    'All of them, with every detail (also {technical, plural, one {one technical field} other {# technical fields}} such as internal numbers and dates), are in the folder {folder} of this download, as JSON and CSV.',
  'records.more':
    '{count, plural, one {One more record is} other {# more records are}} in the files.',
  'value.yes': 'yes',
  'value.no': 'no',
} as const;

export type PackageKey = keyof typeof en;
