import { answerRights, denialWording, POLICY_PACKS, summariseOutcome } from '@dsar/domain';
import type { SubjectMailInput, SubjectMailName } from '../subject-mail.registry.js';

/**
 * One example input for every subject mail, on a fixed date: `docs/mails/` is rendered from
 * these through the real builders (mail-examples.spec.ts). A `Record` over the names, so a new
 * subject mail does not compile without its example.
 */
const context = {
  controllerName: 'Flatris',
  controllerContact: 'privacy@flatris.example',
  timeZone: 'Europe/Berlin',
};
/**
 * What a completion mail needs besides the outcome, in `language`: no refused part here; the
 * rights and complaint route of a GDPR request received on the examples' date.
 */
export function answeredIn(language: string) {
  const received = {
    jurisdiction: 'gdpr',
    policyVersion: null,
    receivedAt: new Date('2026-12-01'),
  };
  const rights = answerRights(received, context.timeZone, language)!;
  return {
    refusals: [],
    complaint: denialWording(
      POLICY_PACKS.gdpr,
      'the Berlin Commissioner for Data Protection',
      language,
    ).complaint,
    rights: { phrases: rights.rights.map((right) => right.phrase), citation: rights.citation },
  };
}
const answered = answeredIn('en');
const request = {
  reference: 'DSR-2026-000042',
  type: 'erasure',
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  dueAt: new Date('2026-12-31T22:59:59.999Z'),
  language: 'en',
  corrections: null,
};
const links = {
  ...context,
  request,
  verifyUrl: 'https://privacy.flatris.example/verify?token=EXAMPLE',
  statusUrl: 'https://privacy.flatris.example/status?token=EXAMPLE',
  verificationExpiresAt: new Date('2026-12-04T10:00:00Z'),
};
const task = {
  state: 'succeeded',
  outcome: 'completed',
  counts: null,
  retained: [],
  subjectNote: null,
};
/** An erasure where the shop erased and kept invoices, the newsletter had nothing, ads failed. */
const erasureOutcome = summariseOutcome([
  {
    ...task,
    systemName: 'Shop database',
    counts: { found: 6, erased: 4, masked: 1, retained: 1 },
    retained: [
      {
        what: 'Invoices',
        basis: 'German Commercial Code, § 257 HGB (ten years)',
        until: '2036-12-31',
      },
    ],
  },
  { ...task, systemName: 'Newsletter service', outcome: 'not_found' },
  {
    ...task,
    systemName: 'Ad platform',
    state: 'skipped',
    outcome: 'failed',
    subjectNote: 'The provider locked the account; we have asked it in writing to delete it.',
  },
]);
const rectificationOutcome = summariseOutcome([
  { ...task, systemName: 'Shop database', counts: { found: 1, rectified: 1 } },
  { ...task, systemName: 'Newsletter service', outcome: 'not_found' },
]);
const accessOutcome = summariseOutcome([
  { ...task, systemName: 'Shop database', counts: { found: 12 } },
]);
/** The rights answered with a list of systems: the shop did it, the newsletter holds nothing. */
function toldOutcome() {
  return summariseOutcome([
    { ...task, systemName: 'Shop database', counts: { found: 3 } },
    { ...task, systemName: 'Newsletter service', outcome: 'not_found' },
  ]);
}
const download = {
  downloadUrl: 'https://privacy.flatris.example/download?token=EXAMPLE',
  expiresAt: new Date('2027-01-14T10:00:00Z'),
};
const gdpr = POLICY_PACKS.gdpr;

/** Virginia grants an appeal; its pack's words for where to go when it is denied. */
function virginiaRoute(): string {
  const appeal = POLICY_PACKS['us-va'].appeal;
  if (!appeal.applies) throw new Error('the Virginia pack grants an appeal');
  return appeal.complaintRoute;
}

export const MAIL_EXAMPLES: { [N in SubjectMailName]: SubjectMailInput<N> } = {
  acknowledgement: links,
  duplicate: { ...links, verifyUrl: null, verificationExpiresAt: null },
  fresh_link: links,
  cancellation: { ...context, request, reason: 'You asked us to stop.' },
  denial: {
    ...context,
    request,
    reasonCode: 'identity_not_verified',
    explanation: 'The address you wrote from is not the one on your account.',
    wording: denialWording(gdpr, 'the Berlin Commissioner for Data Protection'),
  },
  extension: {
    ...context,
    request,
    newDueAt: new Date('2027-02-28T22:59:59.999Z'),
    reason: 'Your data is held in many systems, some run by processors abroad.',
  },
  completion_access: { ...context, ...answered, request, outcome: accessOutcome, ...download },
  completion_erasure: { ...context, ...answered, request, outcome: erasureOutcome },
  completion_rectification: {
    ...context,
    ...answered,
    request: {
      ...request,
      corrections: [{ field: 'user.contact.address', value: '12 St James’s Square, London' }],
    },
    outcome: rectificationOutcome,
  },
  download_link: { ...context, ...answered, request, outcome: accessOutcome, ...download },
  completion_portability: { ...context, ...answered, request, outcome: accessOutcome, ...download },
  completion_restriction: { ...context, ...answered, request, outcome: toldOutcome() },
  completion_objection: { ...context, ...answered, request, outcome: toldOutcome() },
  completion_opt_out: { ...context, ...answered, request, outcome: toldOutcome() },
  completion_limit_sensitive: { ...context, ...answered, request, outcome: toldOutcome() },
  restriction_lifting: {
    ...context,
    request,
    systems: ['Shop database', 'Newsletter service'],
  },
  clarification: {
    ...context,
    request,
    question: 'Which of your two accounts do you mean?',
    replyUrl: 'https://privacy.flatris.example/clarify?token=EXAMPLE',
    clockStops: false,
  },
  appeal_received: { ...context, request, decideBy: new Date('2027-02-15T22:59:59.999Z') },
  appeal_upheld: {
    ...context,
    request,
    reasons: 'The data is evidence in a pending claim.',
    complaintRoute: virginiaRoute(),
  },
  appeal_overturned: { ...context, request, reasons: 'The claim was settled.' },
  lapsed: {
    ...context,
    request,
    regime: gdpr.name,
    verificationCitation: gdpr.verification.citation,
    authority: gdpr.authority,
  },
  regime_changed: {
    ...context,
    request,
    regime: POLICY_PACKS['uk-gdpr'].name,
    dueAt: new Date('2027-01-15T23:59:59.999Z'),
  },
};

/** The mails rendered in German too: the acknowledgement and the erasure's answer. */
export const GERMAN_EXAMPLES = [
  'acknowledgement',
  'completion_erasure',
] as const satisfies readonly SubjectMailName[];
