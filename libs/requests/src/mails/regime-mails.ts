import { html, trusted, type MailMessage } from '@dsar/mail';
import { formatDate, layout, linkButton, type MailContext, typeLabel } from './mail-layout.js';
import type { SubjectMailRequest } from './subject-mails.js';

/** What every mail of a question or an appeal knows. */
export interface RegimeMailContext extends MailContext {
  request: SubjectMailRequest;
  timeZone: string;
}

function greeting(name: string | null): string {
  return name ? `Dear ${name},` : 'Hello,';
}

/**
 * A question from the privacy team, with the link to answer it. Where the regime stops the clock
 * meanwhile, the mail says so; elsewhere it says the date stays.
 */
export function clarificationMail(
  input: RegimeMailContext & { question: string; replyUrl: string; clockStops: boolean },
): MailMessage {
  const { request } = input;
  const due = formatDate(request.dueAt, input.timeZone);
  const clock = input.clockStops
    ? `Until you answer, the time we have to reply is paused; it runs again from your answer.`
    : `We will still answer by ${due} at the latest.`;
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        To answer your request <strong>${request.reference}</strong> we need to ask you something:
      </p>
      <blockquote>${input.question}</blockquote>
      <p>${clock}</p>` + linkButton(input.replyUrl, 'Answer the question').markup,
  );
  const text =
    `${greeting(request.name)}\n\nTo answer your request ${request.reference} we need to ask you something:\n\n` +
    `${input.question}\n\n${clock}\n\nAnswer here: ${input.replyUrl}`;
  const frame = layout(input, `A question about your request ${request.reference}`, body, text);
  return {
    to: request.email,
    subject: `A question about your privacy request ${request.reference}`,
    ...frame,
  };
}

/** The appeal arrived; by when officers decide. */
export function appealReceivedMail(input: RegimeMailContext & { decideBy: Date }): MailMessage {
  const { request } = input;
  const by = formatDate(input.decideBy, input.timeZone);
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        We received your appeal about request <strong>${request.reference}</strong>. Someone who
        did not make the first decision will look at it again, and we will write to you with the
        outcome and our reasons by ${by} at the latest.
      </p>`,
  );
  const text =
    `${greeting(request.name)}\n\nWe received your appeal about request ${request.reference}. ` +
    `Someone who did not make the first decision will look at it again, and we will write to you with the outcome and our reasons by ${by} at the latest.`;
  const frame = layout(input, `We received your appeal on ${request.reference}`, body, text);
  return {
    to: request.email,
    subject: `Your appeal on privacy request ${request.reference}`,
    ...frame,
  };
}

/** The decision stands: the reasons, and where to complain (the regime's regulator). */
export function appealUpheldMail(
  input: RegimeMailContext & { reasons: string; complaintRoute: string },
): MailMessage {
  const { request } = input;
  const what = typeLabel(request.type);
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        We looked again at our decision on your request for ${what} (reference
        <strong>${request.reference}</strong>) and it stands.
      </p>
      <p>Our reasons: ${input.reasons}</p>
      <p>${input.complaintRoute}</p>`,
  );
  const text =
    `${greeting(request.name)}\n\nWe looked again at our decision on your request for ${what} (reference ${request.reference}) and it stands.\n\n` +
    `Our reasons: ${input.reasons}\n\n${input.complaintRoute}`;
  const frame = layout(
    input,
    `Your appeal on ${request.reference}: the decision stands`,
    body,
    text,
  );
  return {
    to: request.email,
    subject: `Your appeal on privacy request ${request.reference}: our decision`,
    ...frame,
  };
}

/** The decision is reversed: the request is taken up again. */
export function appealOverturnedMail(input: RegimeMailContext & { reasons: string }): MailMessage {
  const { request } = input;
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        We looked again at our decision on your request <strong>${request.reference}</strong> and
        we agree with you: we have reopened the request and will act on it.
      </p>
      <p>Our reasons: ${input.reasons}</p>
      <p>We will write to you again when it is done.</p>`,
  );
  const text =
    `${greeting(request.name)}\n\nWe looked again at our decision on your request ${request.reference} and we agree with you: ` +
    `we have reopened the request and will act on it.\n\nOur reasons: ${input.reasons}\n\nWe will write to you again when it is done.`;
  const frame = layout(input, `Your appeal on ${request.reference}: request reopened`, body, text);
  return {
    to: request.email,
    subject: `Your appeal on privacy request ${request.reference}: our decision`,
    ...frame,
  };
}

/**
 * A request never confirmed lapses: the subject is told nothing was done, why (the regime's
 * verification rule, cited), that a new request is welcome, and where to complain.
 */
export function lapsedMail(
  input: RegimeMailContext & {
    regime: string;
    verificationCitation: string;
    authority: { name: string; url: string };
  },
): MailMessage {
  const { request } = input;
  const what = typeLabel(request.type);
  const rule = `Under ${input.regime} we may act only on a request we can confirm comes from you (${input.verificationCitation}).`;
  const complain = `If you think we are wrong, you can complain to the ${input.authority.name}: ${input.authority.url}`;
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        We did not receive your confirmation of the request for ${what} (reference
        <strong>${request.reference}</strong>) in time, so we closed it without acting on it: no
        data was looked up, copied, changed or deleted.
      </p>
      <p>${rule}</p>
      <p>You are welcome to make a new request at any time.</p>
      <p>${complain}</p>`,
  );
  const text =
    `${greeting(request.name)}\n\nWe did not receive your confirmation of the request for ${what} (reference ${request.reference}) in time, ` +
    `so we closed it without acting on it: no data was looked up, copied, changed or deleted.\n\n${rule}\n\n` +
    `You are welcome to make a new request at any time.\n\n${complain}`;
  const frame = layout(input, `Request ${request.reference} closed unconfirmed`, body, text);
  return {
    to: request.email,
    subject: `Your privacy request ${request.reference} was closed: not confirmed`,
    ...frame,
  };
}

/** The request is now handled under another law: which, and the date that follows from it. */
export function regimeChangedMail(
  input: RegimeMailContext & { regime: string; dueAt: Date },
): MailMessage {
  const { request } = input;
  const due = formatDate(input.dueAt, input.timeZone);
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        We now handle your request <strong>${request.reference}</strong> under the ${input.regime},
        the law that applies to it. Under it, we will answer by ${due} at the latest.
      </p>`,
  );
  const text =
    `${greeting(request.name)}\n\nWe now handle your request ${request.reference} under the ${input.regime}, ` +
    `the law that applies to it. Under it, we will answer by ${due} at the latest.`;
  const frame = layout(
    input,
    `Your request ${request.reference}: the law that applies`,
    body,
    text,
  );
  return {
    to: request.email,
    subject: `Your privacy request ${request.reference}: answer date`,
    ...frame,
  };
}
