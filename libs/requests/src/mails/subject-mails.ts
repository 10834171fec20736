import { html, trusted, type MailMessage } from '@dsar/mail';
import { formatDate, layout, linkButton, type MailContext, typeLabel } from './mail-layout.js';

export interface SubjectMailRequest {
  reference: string;
  type: string;
  email: string;
  name: string | null;
  dueAt: Date;
}

export interface LinkMailInput extends MailContext {
  request: SubjectMailRequest;
  timeZone: string;
  verifyUrl: string | null;
  statusUrl: string;
  verificationExpiresAt: Date | null;
}

function greeting(name: string | null): string {
  return name ? `Dear ${name},` : 'Hello,';
}

function verifyBlock(input: LinkMailInput): { markup: string; text: string } {
  if (!input.verifyUrl) return { markup: '', text: '' };
  const until = input.verificationExpiresAt
    ? ` The link works until ${formatDate(input.verificationExpiresAt, input.timeZone)} and only once.`
    : '';
  return {
    markup:
      html`<p>
        To confirm that this request comes from you, please open the link below.${until}
      </p>` + linkButton(input.verifyUrl, 'Confirm my request').markup,
    text: `To confirm that this request comes from you, open this link.${until}\n${input.verifyUrl}\n`,
  };
}

/** Sent on receipt: what we received, the legal deadline, the verification and status links. */
export function acknowledgementMail(input: LinkMailInput): MailMessage {
  const { request } = input;
  const what = typeLabel(request.type);
  const due = formatDate(request.dueAt, input.timeZone);
  const verify = verifyBlock(input);
  // Without a confirmation link the work has already begun (staff checked the identity, or the
  // right needs no verification): "nothing happens without confirmation" would not be true.
  const unasked = input.verifyUrl
    ? 'If you did not make this request, ignore this mail: nothing happens without confirmation.'
    : 'If you did not make this request, reply to this mail and tell us.';
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        We received your request for ${what}. Its reference is
        <strong>${request.reference}</strong>. We will answer by ${due} at the latest.
      </p>` +
      verify.markup +
      html`<p>You can follow your request at any time:</p>` +
      linkButton(input.statusUrl, 'See the status of my request').markup +
      html`<p>${unasked}</p>`,
  );
  const text =
    `${greeting(request.name)}\n\nWe received your request for ${what}. Its reference is ${request.reference}. ` +
    `We will answer by ${due} at the latest.\n\n${verify.text}\nFollow your request: ${input.statusUrl}\n\n${unasked}`;
  const frame = layout(input, `We received your request ${request.reference}`, body, text);
  return { to: request.email, subject: `Your privacy request ${request.reference}`, ...frame };
}

/** Sent when the subject asks again: a fresh verification link (when unverified) and status link. */
export function freshLinkMail(input: LinkMailInput): MailMessage {
  const { request } = input;
  const verify = verifyBlock(input);
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        Here are fresh links for your request <strong>${request.reference}</strong>. Earlier links
        no longer work.
      </p>` +
      verify.markup +
      linkButton(input.statusUrl, 'See the status of my request').markup,
  );
  const text =
    `${greeting(request.name)}\n\nHere are fresh links for your request ${request.reference}. Earlier links no longer work.\n\n` +
    `${verify.text}\nFollow your request: ${input.statusUrl}`;
  const frame = layout(input, `Fresh links for ${request.reference}`, body, text);
  return {
    to: request.email,
    subject: `Fresh links for your privacy request ${request.reference}`,
    ...frame,
  };
}

/** Sent when the same request arrives again while the first is open: they are linked. */
export function duplicateMail(input: LinkMailInput): MailMessage {
  const { request } = input;
  const what = typeLabel(request.type);
  const verify = verifyBlock(input);
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        You already have an open request for ${what} with the reference
        <strong>${request.reference}</strong>. We linked your new submission to it, so there is
        nothing more to do; the deadline stays ${formatDate(request.dueAt, input.timeZone)}.
      </p>` +
      verify.markup +
      linkButton(input.statusUrl, 'See the status of my request').markup,
  );
  const text =
    `${greeting(request.name)}\n\nYou already have an open request for ${what} with the reference ${request.reference}. ` +
    `We linked your new submission to it; the deadline stays ${formatDate(request.dueAt, input.timeZone)}.\n\n${verify.text}\nFollow your request: ${input.statusUrl}`;
  const frame = layout(input, `Your request ${request.reference} is already open`, body, text);
  return {
    to: request.email,
    subject: `Your privacy request ${request.reference} is already open`,
    ...frame,
  };
}

/** Sent when the subject (or staff) cancels. */
export function cancellationMail(
  input: MailContext & { request: SubjectMailRequest; reason?: string | null },
): MailMessage {
  const { request } = input;
  const body = trusted(
    html`<p>${greeting(request.name)}</p>
      <p>
        Your request <strong>${request.reference}</strong> has been
        cancelled.${input.reason ? ` Reason: ${input.reason}` : ''}
      </p>
      <p>You can make a new request at any time.</p>`,
  );
  const text = `${greeting(request.name)}\n\nYour request ${request.reference} has been cancelled.${input.reason ? ` Reason: ${input.reason}` : ''}\n\nYou can make a new request at any time.`;
  const frame = layout(input, `Request ${request.reference} cancelled`, body, text);
  return {
    to: request.email,
    subject: `Your privacy request ${request.reference} was cancelled`,
    ...frame,
  };
}
