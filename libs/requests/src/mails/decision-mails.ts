import type { MailMessage } from '@dsar/mail';
import type { DenialReason, DenialWording } from '@dsar/domain';
import { mailTranslator, type MailKey } from './catalogs/index.js';
import { greeting, MailBody, subjectMessage, type MailContext, typeLabel } from './mail-layout.js';
import type { SubjectMailRequest } from './subject-mails.js';

export interface DecisionMailContext extends MailContext {
  request: SubjectMailRequest;
  timeZone: string;
}

/** What each denial reason code means, in words a person can act on (the catalog's key). */
export const DENIAL_REASON_KEY: Record<DenialReason, MailKey> = {
  identity_not_verified: 'denial.reason.identity_not_verified',
  manifestly_unfounded: 'denial.reason.manifestly_unfounded',
  excessive_repetitive: 'denial.reason.excessive_repetitive',
  exemption_applies: 'denial.reason.exemption_applies',
  outside_jurisdiction: 'denial.reason.outside_jurisdiction',
  other: 'denial.reason.other',
};

/** Where to complain, by the regime's kind of route (`denialWording`). */
const COMPLAINT_KEY: Record<DenialWording['complaintTo']['kind'], MailKey> = {
  supervisory: 'denial.complaint.supervisory',
  also: 'denial.complaint.also',
  regulator: 'denial.complaint.regulator',
};

/** The refusal, its reasons, and the right to complain to a supervisory authority. */
export function denialMail(
  input: DecisionMailContext & {
    reasonCode: DenialReason;
    explanation: string;
    /** The regime's words (denialWording): where to complain, and the appeal where granted. */
    wording: Pick<DenialWording, 'complaintTo' | 'appeal'>;
    /** The last day to appeal, where the regime grants one. */
    appealBy?: Date | null;
  },
): MailMessage {
  const { request } = input;
  const t = mailTranslator(request.language, input.timeZone);
  const reference = request.reference;
  const body = new MailBody(t)
    .quote(greeting(t, request.name))
    .say('denial.body', {
      what: typeLabel(t, request.type),
      reference,
      why: t.text(DENIAL_REASON_KEY[input.reasonCode]),
    })
    .quote(input.explanation);
  if (input.wording.appeal && input.appealBy) {
    body.say('denial.appeal', { until: input.appealBy }).quote(input.wording.appeal.route);
  }
  const { kind, authority } = input.wording.complaintTo;
  body.say(COMPLAINT_KEY[kind], { authority }).say('denial.again');
  return subjectMessage(
    t,
    input,
    request.email,
    t.text('denial.subject', { reference }),
    t.text('denial.title', { reference }),
    body,
  );
}

/** The new deadline and why we need it (told within the first period, Art. 12(3) GDPR). */
export function extensionMail(
  input: DecisionMailContext & { newDueAt: Date; reason: string },
): MailMessage {
  const { request } = input;
  const t = mailTranslator(request.language, input.timeZone);
  const reference = request.reference;
  const body = new MailBody(t)
    .quote(greeting(t, request.name))
    .say('extension.body', { reference, due: input.newDueAt })
    .say('extension.why', { reason: input.reason });
  return subjectMessage(
    t,
    input,
    request.email,
    t.text('extension.subject', { reference }),
    t.text('extension.title', { reference }),
    body,
  );
}
