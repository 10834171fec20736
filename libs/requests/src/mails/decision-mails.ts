import { html, trusted, type MailMessage } from '@dsar/mail';
import type { DenialReason } from '@dsar/domain';
import { formatDate, layout, type MailContext, typeLabel } from './mail-layout.js';
import type { SubjectMailRequest } from './subject-mails.js';

export interface DecisionMailContext extends MailContext {
  request: SubjectMailRequest;
  timeZone: string;
}

/** What each denial reason code means, in words a person can act on. */
export const DENIAL_REASON_TEXT: Record<DenialReason, string> = {
  identity_not_verified: 'we could not verify that the request comes from you',
  manifestly_unfounded: 'the request is manifestly unfounded',
  excessive_repetitive: 'the request is excessive, in particular because it repeats earlier ones',
  exemption_applies: 'a legal exemption applies to the data concerned',
  outside_jurisdiction: 'the request falls outside the law it was made under',
  other: 'another reason, explained below',
};

function greeting(name: string | null): string {
  return name ? `Dear ${name},` : 'Hello,';
}

/** The refusal, its reasons, and the right to complain to a supervisory authority. */
export function denialMail(
  input: DecisionMailContext & {
    reasonCode: DenialReason;
    explanation: string;
    /** The regime's words (denialWording): where to complain, and the appeal where granted. */
    wording: { complaint: string; appeal: { route: string } | null };
    /** The last day to appeal, where the regime grants one. */
    appealBy?: Date | null;
  },
): MailMessage {
  const { request } = input;
  const what = typeLabel(request.type);
  const why = DENIAL_REASON_TEXT[input.reasonCode];
  const appeal =
    input.wording.appeal && input.appealBy
      ? `You may appeal this decision until ${formatDate(input.appealBy, input.timeZone)}: open the status page of your request (the link in our first mail) and send us your reasons. ${input.wording.appeal.route}`
      : '';
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        We cannot act on your request for ${what} (reference <strong>${request.reference}</strong>)
        because ${why}.
      </p>
      <p>${input.explanation}</p>
      ${trusted(appeal ? html`<p>${appeal}</p>` : '')}
      <p>${input.wording.complaint}</p>
      <p>If you can address the reason above, you are welcome to make a new request.</p>`,
  );
  const text =
    `${greeting(request.name)}\n\nWe cannot act on your request for ${what} (reference ${request.reference}) because ${why}.\n\n` +
    `${input.explanation}\n\n${appeal ? `${appeal}\n\n` : ''}${input.wording.complaint}\n\n` +
    'If you can address the reason above, you are welcome to make a new request.';
  const frame = layout(input, `Your request ${request.reference} was declined`, body, text);
  return {
    to: request.email,
    subject: `Your privacy request ${request.reference} was declined`,
    ...frame,
  };
}

/** The new deadline and why we need it (told within the first period, Art. 12(3) GDPR). */
export function extensionMail(
  input: DecisionMailContext & { newDueAt: Date; reason: string },
): MailMessage {
  const { request } = input;
  const due = formatDate(input.newDueAt, input.timeZone);
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        We need more time to answer your request <strong>${request.reference}</strong>. We will
        answer by <strong>${due}</strong> at the latest.
      </p>
      <p>Why: ${input.reason}</p>`,
  );
  const text =
    `${greeting(request.name)}\n\nWe need more time to answer your request ${request.reference}. ` +
    `We will answer by ${due} at the latest.\n\nWhy: ${input.reason}`;
  const frame = layout(input, `More time for your request ${request.reference}`, body, text);
  return {
    to: request.email,
    subject: `Your privacy request ${request.reference}: new answer date`,
    ...frame,
  };
}
