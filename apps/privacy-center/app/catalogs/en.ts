/**
 * Every string the subject reads, in English: the reference catalog. Values are ICU messages
 * (`{reference}`, `{count, plural, …}`); each other language translates these keys and one it
 * leaves out is said in English.
 */
export const en = {
  siteName: 'Privacy center',
  skip: 'Skip to content',
  required: '(required)',
  language: 'Language',
  form: {
    title: 'Ask about your personal data',
    intro:
      'Use this form to see the personal data we hold about you, to have it corrected or deleted, or to use another right the law where you live gives you. For most rights we e-mail you a link to confirm that the request is yours.',
    type: 'What would you like us to do?',
    types: {
      access: [
        'Send me a copy of my data',
        'You receive a download of everything we hold about you.',
      ],
      rectification: ['Correct my data', 'Tell us what is wrong and what it should be.'],
      erasure: [
        'Delete my data',
        'We delete what the law lets us delete and tell you what we keep and why.',
      ],
      portability: [
        'Give me my data to take elsewhere',
        'You receive the data you gave us in a machine-readable file another service can read.',
      ],
      restriction: [
        'Stop using my data for now',
        'We keep your data but do not otherwise use it, for example while you dispute it.',
      ],
      objection: [
        'Object to how you use my data',
        'Tell us which use you object to; we stop it unless we have compelling grounds.',
      ],
      opt_out: [
        'Do not sell or share my personal information',
        'We stop selling or sharing it and tell our partners. No confirmation of your identity is needed.',
      ],
      limit_sensitive: [
        'Limit the use of my sensitive personal information',
        'We use it only to give you the service you asked for. No confirmation of your identity is needed.',
      ],
    },
    email: 'Your e-mail address',
    emailHint: 'The address you use with us. We send the confirmation link there.',
    name: 'Your name',
    jurisdiction: 'Where do you live?',
    countryPick: 'Choose your country',
    region: 'State or province',
    regionHint: 'The privacy law that protects you depends on it.',
    regionPick: 'Choose your state or province',
    regionElsewhere: 'Elsewhere in the country',
    details: 'Anything else we should know',
    corrections: 'What should we correct?',
    objectionGround: 'What do you object to?',
    objectionGrounds: {
      direct_marketing: 'Direct marketing (we stop at once)',
      legitimate_interests:
        'Another use based on our legitimate interests (we stop it unless we have compelling grounds)',
    },
    correctionField: 'Information to correct',
    correctionValue: 'Correct value',
    correctionFields: {
      'user.name': 'Name',
      'user.contact.email': 'E-mail address',
      'user.contact.phone': 'Phone number',
      'user.contact.address': 'Postal address',
    },
    addCorrection: 'Add another correction',
    submit: 'Send my request',
    sending: 'Sending…',
    errorSummary: 'Please fix the following:',
    sentTitle: 'Check your inbox',
    sent: 'We have received your request {reference}. We sent a link to {email}: open it to confirm the request is yours. We will answer by {dueAt}.',
    sentAtOnce:
      'We have received your request {reference} and are acting on it now; it needs no confirmation. We sent the details to {email}. We will answer by {dueAt}.',
  },
  verify: {
    title: 'Confirm your request',
    intro: 'Please confirm that you made this privacy request.',
    button: 'Confirm my request',
    working: 'Confirming…',
    failed: 'We could not confirm your request',
    alreadyTitle: 'Your request is already confirmed',
    already:
      'Request {reference} was confirmed earlier; there is nothing more to do here. Its status: {status}. To follow it, use the status link in the first e-mail we sent you.',
  },
  gpc: {
    title: 'Your browser asks us not to sell or share your data',
    says: 'Your browser asks us not to sell or share your data — we treat that as an opt-out. Give us your e-mail and we record it for you too, not only for this browser, and tell our partners.',
    email: 'Your e-mail address',
    emailMissing: 'Please give the e-mail address you use with us.',
    record: 'Record my opt-out',
    recorded: 'Recorded: we do not sell or share your data (reference {reference}).',
    failed: 'We could not record it; please try again.',
    browserKnown:
      'We know this browser, so no e-mail is needed: we record the opt-out for it as soon as the page opens. Add your e-mail only if you want it recorded for you too, beyond this browser.',
    emailOptional: 'Your e-mail address (optional)',
    recordedBrowser:
      'Recorded for this browser: we do not sell or share its data (reference {reference}).',
  },
  status: {
    title: 'Request {reference}',
    type: 'Type',
    status: 'Status',
    received: 'Received',
    due: 'Answer due by',
    extended: 'Deadline extended to',
    completed: 'Completed',
    cancel: 'Cancel my request',
    cancelConfirm: 'Yes, cancel my request',
    cancelKeep: 'No, keep it',
    cancelQuestion: 'Cancel request {reference}? This cannot be undone.',
    cancelled: 'Your request has been cancelled.',
    failed: 'We could not show this request',
    types: {
      access: 'Copy of my data',
      rectification: 'Correction',
      erasure: 'Deletion',
      portability: 'My data to take elsewhere',
      restriction: 'Restriction of use',
      objection: 'Objection',
      opt_out: 'Do not sell or share',
      limit_sensitive: 'Limit sensitive data',
    } as Record<string, string>,
    statuses: {
      pending_verification: 'Waiting for you to confirm it by e-mail',
      awaiting_approval: 'Confirmed; waiting for our privacy team',
      in_progress: 'Being worked on',
      action_required: 'Being worked on (our team is looking into a problem)',
      completed: 'Completed: we have e-mailed you the answer',
      denied: 'Declined: we have e-mailed you the reasons',
      cancelled: 'Cancelled',
      expired: 'Expired: it was never confirmed',
      awaiting_subject: 'Waiting for your answer to our question (see our e-mail)',
      appealed: 'Appealed: we are looking at our decision again',
    },
    appealTitle: 'Do you disagree with our decision?',
    appealIntro:
      'You can appeal until {askBy}. Someone who did not make the first decision will look at it again and write to you with the outcome and the reasons.',
    appealText: 'Why do you disagree?',
    appealButton: 'Send my appeal',
    appealSent: 'We received your appeal. We will decide by {decideBy}.',
    appealAsked: 'You appealed on {askedAt}. We will decide by {decideBy}.',
    appealDecided: {
      upheld:
        'We looked at our decision again on {decidedAt} and it stands; we e-mailed you the reasons and where you can complain.',
      overturned: 'We looked at our decision again on {decidedAt} and reopened your request.',
    },
  },
  clarify: {
    title: 'Answer our question',
    intro:
      'Our privacy team asked you a question about your request by e-mail. Write your answer here; it goes straight to them.',
    answer: 'Your answer',
    button: 'Send my answer',
    working: 'Sending…',
    sent: 'Thank you. We have your answer and are working on request {reference} again. We will answer by {dueAt}.',
    failed: 'We could not take your answer',
  },
  download: {
    title: 'Your data',
    intro:
      'Your copy of the personal data we hold is ready. The file is a zip archive with a readable report and the data in JSON and CSV.',
    button: 'Download my data (zip)',
    note: 'The link expires. If it no longer works, ask for a fresh one below.',
    linkUntil: 'This link works until {link}.',
    fileDeleted:
      'The file itself is deleted on {file}; after that, make a new request to get your data.',
    gone: 'This link no longer works.',
  },
  fresh: {
    title: 'Send me a fresh link',
    intro:
      'Links expire for your safety. Enter your e-mail address and the reference of your request (it starts with DSR) and we will e-mail you fresh links.',
    email: 'Your e-mail address',
    reference: 'Request reference',
    referenceHint: 'For example DSR-2026-000123. It is in the e-mail we sent you.',
    button: 'Send me a fresh link',
    sent: 'If the details match a request, we have sent a fresh link to that address.',
  },
  errors: {
    network: 'We could not reach the server. Please check your connection and try again.',
    unexpected: 'Something went wrong on our side. Please try again later.',
    missingToken: 'This link is incomplete. Please open the link from your e-mail again.',
    tooMany: 'Too many attempts. Please wait a minute and try again.',
  },
};

export type Messages = typeof en;
