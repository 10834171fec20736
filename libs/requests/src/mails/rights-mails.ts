import { html, trusted, type MailMessage } from '@dsar/mail';
import type { SystemOutcome } from '@dsar/domain';
import { formatDate, layout, linkButton, type MailContext } from './mail-layout.js';
import { refusedLines, type CompletionMailInput } from './completion-mails.js';

function greeting(name: string | null): string {
  return name ? `Dear ${name},` : 'Hello,';
}

/** One line per system in words a person reads: what it said, or that it holds nothing. */
function toldLine(system: SystemOutcome, done: string): string | null {
  if (system.outcome === 'completed') return `${system.system}: ${done}`;
  if (system.outcome === 'not_found') return `${system.system}: holds no data about you`;
  if (system.outcome === 'skipped')
    return `${system.system}: nothing to do there${system.note ? ` (${system.note})` : ''}`;
  return null;
}

/** A mail with a summary and the list of systems (who was told, what each answered). */
function systemsMail(
  input: CompletionMailInput,
  title: string,
  summary: string,
  done: string,
  closing: string,
): MailMessage {
  // A refused system is named once, in the refusal's own lines below.
  const refused = new Set(input.refusals.map((refusal) => refusal.systemName));
  const lines = input.outcome.systems
    .filter((system) => !refused.has(system.system))
    .map((system) => toldLine(system, done))
    .filter((line): line is string => line !== null);
  const list = lines.length
    ? html`<ul>${lines.map((line) => trusted(html`<li>${line}</li>`))}</ul>`
    : html`<p>No system of ours holds data about you.</p>`;
  const body = trusted(
    html`<p>${greeting(input.request.name)}</p>
<p>${summary}</p>` +
      list +
      html`<p>${closing}</p>` +
      refusedLines(input).markup,
  );
  const text =
    [
      greeting(input.request.name),
      '',
      summary,
      ...(lines.length
        ? lines.map((line) => `- ${line}`)
        : ['No system of ours holds data about you.']),
      '',
      closing,
    ].join('\n') + refusedLines(input).text;
  const framed = layout(input, title, body, text);
  return { to: input.request.email, subject: `${title} (${input.request.reference})`, ...framed };
}

/** Portability: the download link to the data in a machine-readable form. */
export function portabilityCompletedMail(
  input: CompletionMailInput & { downloadUrl: string; expiresAt: Date },
): MailMessage {
  const found = input.outcome.result === 'completed';
  const what = found
    ? 'The personal data you gave us is ready to download, in a machine-readable form (JSON) you can pass on to another service.'
    : 'We searched every system that holds data you gave us and found none. The file below lists where we looked.';
  const until = formatDate(input.expiresAt, input.timeZone);
  const body = trusted(
    html`<p>${greeting(input.request.name)}</p>
      <p>${what}</p>` +
      linkButton(input.downloadUrl, 'Download my data').markup +
      html`<p>The link works until ${until}. You can ask for a fresh one from your status page.</p>` +
      refusedLines(input).markup,
  );
  const text = `${greeting(input.request.name)}\n\n${what}\n\nDownload: ${input.downloadUrl}\nThe link works until ${until}.${refusedLines(input).text}`;
  const title = found ? 'Your data is ready to take with you' : 'We found no data you gave us';
  const framed = layout(input, title, body, text);
  return { to: input.request.email, subject: `${title} (${input.request.reference})`, ...framed };
}

/** Restriction: which systems keep the data stored but no longer use it. */
export function restrictionCompletedMail(input: CompletionMailInput): MailMessage {
  return systemsMail(
    input,
    'The processing of your data is restricted',
    'We restricted the processing of your personal data: it stays stored, but we do not otherwise use it.',
    'restricted',
    'We will tell you before the restriction is lifted.',
  );
}

/** Objection: which systems stopped the processing objected to. */
export function objectionCompletedMail(input: CompletionMailInput): MailMessage {
  return systemsMail(
    input,
    'We handled your objection',
    'We stopped the processing of your personal data that you objected to, in these systems:',
    'stopped',
    'If a system had to go on, its line above says why.',
  );
}

/** Opt-out of sale or sharing: who was told. */
export function optOutCompletedMail(input: CompletionMailInput): MailMessage {
  return systemsMail(
    input,
    'We no longer sell or share your personal information',
    'You asked us not to sell or share your personal information. We recorded that, and we told every system and partner that could sell or share it:',
    'told, and confirmed',
    'Your choice stays recorded: we check it before any sale or sharing of your data.',
  );
}

/** Limit the use of sensitive personal information: who was told. */
export function limitSensitiveCompletedMail(input: CompletionMailInput): MailMessage {
  return systemsMail(
    input,
    'We limit the use of your sensitive personal information',
    'You asked us to limit the use of your sensitive personal information to what is needed to give you the service you asked for. We recorded that, and we told every system and partner that uses it:',
    'told, and confirmed',
    'Your choice stays recorded: we check it before any other use of that information.',
  );
}

/** Art. 18(3): told before the restriction is lifted, with the systems where it ends. */
export function restrictionLiftingMail(
  input: MailContext & {
    request: { reference: string; email: string; name: string | null };
    systems: string[];
  },
): MailMessage {
  const summary = `We are about to lift the restriction of the processing of your personal data (request ${input.request.reference}). From now on we may use it again in:`;
  const closing =
    'If you think the restriction should stay, for example because the accuracy of the data or our grounds are still in question, reply to this mail.';
  const body = trusted(
    html`<p>${greeting(input.request.name)}</p>
<p>${summary}</p>
<ul>${input.systems.map((system) => trusted(html`<li>${system}</li>`))}</ul>
<p>${closing}</p>`,
  );
  const text = [
    greeting(input.request.name),
    '',
    summary,
    ...input.systems.map((system) => `- ${system}`),
    '',
    closing,
  ].join('\n');
  const title = 'The restriction of your data is being lifted';
  const framed = layout(input, title, body, text);
  return { to: input.request.email, subject: `${title} (${input.request.reference})`, ...framed };
}
