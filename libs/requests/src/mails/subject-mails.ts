import type { MailMessage } from '@dsar/mail';
import { mailTranslator, type MailTranslator } from './catalogs/index.js';
import { greeting, MailBody, subjectMessage, type MailContext, typeLabel } from './mail-layout.js';

export interface SubjectMailRequest {
  reference: string;
  type: string;
  /** Null for a browser's GPC signal: `SubjectMailer` records no mail for it. */
  email: string | null;
  name: string | null;
  dueAt: Date;
  /** BCP 47; the mail is in the nearest language we write in, else English. */
  language: string;
}

export interface LinkMailInput extends MailContext {
  request: SubjectMailRequest;
  timeZone: string;
  verifyUrl: string | null;
  statusUrl: string;
  verificationExpiresAt: Date | null;
}

/** The verification link (while unverified) and the status link. */
function links(t: MailTranslator, body: MailBody, input: LinkMailInput): MailBody {
  if (input.verifyUrl) {
    body.say('verify.ask');
    if (input.verificationExpiresAt)
      body.say('verify.until', { until: input.verificationExpiresAt });
    body.link(input.verifyUrl, 'verify.button');
  }
  return body.say('status.follow').link(input.statusUrl, 'status.button');
}

/** Sent on receipt: what we received, the legal deadline, the verification and status links. */
export function acknowledgementMail(input: LinkMailInput): MailMessage {
  const { request } = input;
  const t = mailTranslator(request.language, input.timeZone);
  const reference = request.reference;
  const body = new MailBody(t).quote(greeting(t, request.name)).say('acknowledgement.body', {
    what: typeLabel(t, request.type),
    reference,
    due: request.dueAt,
  });
  // Without a confirmation link the work has already begun (staff checked the identity, or the
  // right needs no verification): "nothing happens without confirmation" would not be true.
  links(t, body, input).say(
    input.verifyUrl ? 'acknowledgement.notYou' : 'acknowledgement.notYouStarted',
  );
  return subjectMessage(
    t,
    input,
    request.email,
    t.text('acknowledgement.subject', { reference }),
    t.text('acknowledgement.title', { reference }),
    body,
  );
}

/** Sent when the subject asks again: a fresh verification link (when unverified) and status link. */
export function freshLinkMail(input: LinkMailInput): MailMessage {
  const { request } = input;
  const t = mailTranslator(request.language, input.timeZone);
  const reference = request.reference;
  const body = new MailBody(t)
    .quote(greeting(t, request.name))
    .say('fresh_link.body', { reference });
  links(t, body, input);
  return subjectMessage(
    t,
    input,
    request.email,
    t.text('fresh_link.subject', { reference }),
    t.text('fresh_link.title', { reference }),
    body,
  );
}

/** Sent when the same request arrives again while the first is open: they are linked. */
export function duplicateMail(input: LinkMailInput): MailMessage {
  const { request } = input;
  const t = mailTranslator(request.language, input.timeZone);
  const reference = request.reference;
  const body = new MailBody(t).quote(greeting(t, request.name)).say('duplicate.body', {
    what: typeLabel(t, request.type),
    reference,
    due: request.dueAt,
  });
  links(t, body, input);
  return subjectMessage(
    t,
    input,
    request.email,
    t.text('duplicate.subject', { reference }),
    t.text('duplicate.title', { reference }),
    body,
  );
}

/** Sent when the subject (or staff) cancels. It names no date, so no time zone is needed. */
export function cancellationMail(
  input: MailContext & { request: SubjectMailRequest; reason?: string | null },
): MailMessage {
  const { request } = input;
  const t = mailTranslator(request.language, 'UTC');
  const reference = request.reference;
  const body = new MailBody(t)
    .quote(greeting(t, request.name))
    .say('cancellation.body', { reference });
  if (input.reason) body.say('cancellation.reason', { reason: input.reason });
  body.say('cancellation.again');
  return subjectMessage(
    t,
    input,
    request.email,
    t.text('cancellation.subject', { reference }),
    t.text('cancellation.title', { reference }),
    body,
  );
}
