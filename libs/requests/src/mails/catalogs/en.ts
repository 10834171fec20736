/**
 * Every sentence a subject mail says, in English: the reference catalog. Keys are
 * `<mail>.<part>`; values are ICU messages (`{n, plural, …}`, `{due, date, long}`, `<b>…</b>`).
 * Every other language translates these keys; one it leaves out is said in English.
 */
export const en = {
  'greeting.named': 'Dear {name},',
  'greeting.anonymous': 'Hello,',
  'layout.contact': '{controller} · privacy contact: {contact}',
  'link.orOpen': 'Or open this address: {url}',

  'type.access': 'access to your personal data',
  'type.rectification': 'correction of your personal data',
  'type.erasure': 'erasure of your personal data',

  'verify.ask': 'To confirm that this request comes from you, please open this link.',
  'verify.until': 'The link works until {until, date, long} and only once.',
  'verify.button': 'Confirm my request',
  'status.follow': 'You can follow your request at any time:',
  'status.button': 'See the status of my request',

  'acknowledgement.subject': 'Your privacy request {reference}',
  'acknowledgement.title': 'We received your request {reference}',
  'acknowledgement.body':
    'We received your request for {what}. Its reference is <b>{reference}</b>. We will answer by {due, date, long} at the latest.',
  'acknowledgement.notYou':
    'If you did not make this request, ignore this mail: nothing happens without confirmation.',

  'fresh_link.subject': 'Fresh links for your privacy request {reference}',
  'fresh_link.title': 'Fresh links for {reference}',
  'fresh_link.body':
    'Here are fresh links for your request <b>{reference}</b>. Earlier links no longer work.',

  'duplicate.subject': 'Your privacy request {reference} is already open',
  'duplicate.title': 'Your request {reference} is already open',
  'duplicate.body':
    'You already have an open request for {what} with the reference <b>{reference}</b>. We linked your new submission to it, so there is nothing more to do; the deadline stays {due, date, long}.',

  'cancellation.subject': 'Your privacy request {reference} was cancelled',
  'cancellation.title': 'Request {reference} cancelled',
  'cancellation.body': 'Your request <b>{reference}</b> has been cancelled.',
  'cancellation.reason': 'Reason: {reason}',
  'cancellation.again': 'You can make a new request at any time.',

  'denial.subject': 'Your privacy request {reference} was declined',
  'denial.title': 'Your request {reference} was declined',
  'denial.body':
    'We cannot act on your request for {what} (reference <b>{reference}</b>) because {why}.',
  'denial.reason.identity_not_verified': 'we could not verify that the request comes from you',
  'denial.reason.manifestly_unfounded': 'the request is manifestly unfounded',
  'denial.reason.excessive_repetitive':
    'the request is excessive, in particular because it repeats earlier ones',
  'denial.reason.exemption_applies': 'a legal exemption applies to the data concerned',
  'denial.reason.outside_jurisdiction': 'the request falls outside the law it was made under',
  'denial.reason.other': 'of another reason, explained below',
  'denial.appeal':
    'You may appeal this decision until {until, date, long}: open the status page of your request (the link in our first mail) and send us your reasons.',
  'denial.complaint.supervisory':
    'You have the right to lodge a complaint with a supervisory authority: {authority}. You may also seek a judicial remedy.',
  'denial.complaint.also': 'You may also contact the {authority}.',
  'denial.complaint.regulator': 'You may complain to the {authority}.',
  'denial.again': 'If you can address the reason above, you are welcome to make a new request.',

  'extension.subject': 'Your privacy request {reference}: new answer date',
  'extension.title': 'More time for your request {reference}',
  'extension.body':
    'We need more time to answer your request <b>{reference}</b>. We will answer by <b>{due, date, long}</b> at the latest.',
  'extension.why': 'Why: {reason}',

  'clarification.subject': 'A question about your privacy request {reference}',
  'clarification.title': 'A question about your request {reference}',
  'clarification.body': 'To answer your request <b>{reference}</b> we need to ask you something:',
  'clarification.clockStops':
    'Until you answer, the time we have to reply is paused; it runs again from your answer.',
  'clarification.clockRuns': 'We will still answer by {due, date, long} at the latest.',
  'clarification.button': 'Answer the question',

  'appeal_received.subject': 'Your appeal on privacy request {reference}',
  'appeal_received.title': 'We received your appeal on {reference}',
  'appeal_received.body':
    'We received your appeal about request <b>{reference}</b>. Someone who did not make the first decision will look at it again, and we will write to you with the outcome and our reasons by {by, date, long} at the latest.',

  'appeal.decisionSubject': 'Your appeal on privacy request {reference}: our decision',
  'appeal.reasons': 'Our reasons: {reasons}',
  'appeal_upheld.title': 'Your appeal on {reference}: the decision stands',
  'appeal_upheld.body':
    'We looked again at our decision on your request for {what} (reference <b>{reference}</b>) and it stands.',
  'appeal_overturned.title': 'Your appeal on {reference}: request reopened',
  'appeal_overturned.body':
    'We looked again at our decision on your request <b>{reference}</b> and we agree with you: we have reopened the request and will act on it.',
  'appeal_overturned.next': 'We will write to you again when it is done.',

  'lapsed.subject': 'Your privacy request {reference} was closed: not confirmed',
  'lapsed.title': 'Request {reference} closed unconfirmed',
  'lapsed.body':
    'We did not receive your confirmation of the request for {what} (reference <b>{reference}</b>) in time, so we closed it without acting on it: no data was looked up, copied, changed or deleted.',
  'lapsed.rule':
    'Under {regime} we may act only on a request we can confirm comes from you ({citation}).',
  'lapsed.again': 'You are welcome to make a new request at any time.',
  'lapsed.complain': 'If you think we are wrong, you can complain to the {authority}: {url}',

  'regime_changed.subject': 'Your privacy request {reference}: answer date',
  'regime_changed.title': 'Your request {reference}: the law that applies',
  'regime_changed.body':
    'We now handle your request <b>{reference}</b> under the {regime}, the law that applies to it. Under it, we will answer by {due, date, long} at the latest.',

  'completion.subject': '{title} ({reference})',

  'access.readyTitle': 'Your personal data is ready',
  'access.noneTitle': 'We found no personal data about you',
  'access.ready':
    'Your personal data is ready to download: a file with everything we hold about you, how we use it and why.',
  'access.none':
    'We searched every system that could hold your personal data and found none. The file below lists where we looked.',
  'access.button': 'Download my data',
  'access.until':
    'The link works until {until, date, long}. You can ask for a fresh one from your status page.',

  'erasure.doneTitle': 'Your personal data has been erased',
  'erasure.partTitle': 'Your erasure request: what was done and what was not',
  'erasure.noneTitle': 'We found no personal data about you to erase',
  'erasure.done':
    'We erased your personal data: {count, plural, =0 {every system confirmed the erasure} one {# item was erased, anonymised or deleted} other {# items were erased, anonymised or deleted}}.',
  'erasure.part':
    'Your data is not erased everywhere yet: {open, plural, one {one system} other {# systems}} could not finish. Below is what happened in each system.',
  'erasure.none':
    'We searched every system that could hold your personal data and found none to erase.',

  'rectification.doneTitle': 'Your personal data has been corrected',
  'rectification.noneTitle': 'Your correction request is complete',
  'rectification.partTitle': 'Your correction request: what was done and what was not',
  'rectification.done':
    'We corrected your personal data ({count, plural, one {# change} other {# changes}}). You asked for:',
  'rectification.none':
    'We found no stored data that needed the corrections you asked for. You asked for:',
  'rectification.part':
    'Your data is not corrected everywhere yet: {open, plural, one {one system} other {# systems}} could not finish. You asked for:',
  'rectification.correction': '{field}: {value}',

  'outcome.perSystem': 'In each system:',
  'outcome.erased':
    '{system}: {count, plural, =0 {erasure confirmed by the system’s owner} one {# item erased, anonymised or deleted} other {# items erased, anonymised or deleted}}',
  'outcome.rectified':
    '{system}: {count, plural, =0 {correction confirmed by the system’s owner} one {# change made} other {# changes made}}',
  'outcome.notFound': '{system}: no data about you was found',
  'outcome.notDone': '{system}: nothing was done there for your request',
  'outcome.failed': '{system}: failed — we could not do it in this system',
  'outcome.pending': '{system}: still pending — we will write to you when it is done',
  'outcome.note': 'What we can tell you about {system}: {note}',
  'kept.none': 'Nothing was kept.',
  'kept.intro': 'Some data had to be kept because the law requires it:',
  'kept.item': '{what} in {system}: {basis}, {until}',
  'kept.until': 'until {until, date, long}',
  'kept.open': 'while the obligation lasts',
  'type.portability': 'a copy of your data in a machine-readable format',
  'type.restriction': 'restriction of the processing of your personal data',
  'type.objection': 'your objection to the processing of your personal data',
  'type.opt_out': 'opting out of the sale or sharing of your personal information',
  'type.limit_sensitive': 'limiting the use of your sensitive personal information',
  'acknowledgement.notYouStarted':
    'If you did not make this request, reply to this mail and tell us.',
  'portability.readyTitle': 'Your data is ready to take with you',
  'portability.noneTitle': 'We found no data you gave us',
  'portability.ready':
    'The personal data you gave us is ready to download, in a machine-readable form (JSON) you can pass on to another service.',
  'portability.none':
    'We searched every system that holds data you gave us and found none. The file below lists where we looked.',
  'rights.partTitle': 'Your request for {what}: what was done and what was not',
  'rights.part':
    'Not every system has done it yet: {open, plural, one {one system} other {# systems}} could not finish. Below is what happened in each system.',
  'rights.noneDone':
    'We recorded your request, and it applies from today. None of our systems had anything to change for it; each line says what happened there:',
  'rights.noSystems': 'No system of ours holds data about you.',
  'restriction.title': 'The processing of your data is restricted',
  'restriction.summary':
    'Where a system below says "restricted", we restricted the processing of your personal data: it stays stored there, but we do not otherwise use it. Each line says what happened in that system:',
  'restriction.done': '{system}: restricted',
  'restriction.closing': 'We will tell you before the restriction is lifted.',
  'objection.title': 'We handled your objection',
  'objection.summary':
    'We stopped the processing of your personal data that you objected to, in these systems:',
  'objection.done': '{system}: stopped',
  'objection.closing': 'If a system had to go on, its line above says why.',
  'opt_out.title': 'We no longer sell or share your personal information',
  'opt_out.summary':
    'You asked us not to sell or share your personal information. We recorded that, and we told every system and partner that could sell or share it:',
  'opt_out.done': '{system}: told, and confirmed',
  'opt_out.closing':
    'Your choice stays recorded: we check it before any sale or sharing of your data.',
  'limit_sensitive.title': 'We limit the use of your sensitive personal information',
  'limit_sensitive.summary':
    'You asked us to limit the use of your sensitive personal information to what is needed to give you the service you asked for. We recorded that, and we told every system and partner that uses it:',
  'limit_sensitive.done': '{system}: told, and confirmed',
  'limit_sensitive.closing':
    'Your choice stays recorded: we check it before any other use of that information.',
  'refused.intro': 'We could not do all you asked. Part of your request was refused:',
  'refused.item': '{part}: not given, because {reason} ({citation}). {text}',
  'rights.system': '{system}',
  'restriction_lifting.title': 'The restriction of your data is being lifted',
  'restriction_lifting.summary':
    'We are about to lift the restriction of the processing of your personal data (request {reference}). From now on we may use it again in:',
  'restriction_lifting.closing':
    'If you think the restriction should stay, for example because the accuracy of the data or our grounds are still in question, reply to this mail.',
  'yourRights.intro': 'You also have these rights ({citation}):',
  'yourRights.item': '{phrase}',
} as const;

export type MailKey = keyof typeof en;
