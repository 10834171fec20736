import { html, trusted, type MailMessage, type TrustedHtml } from '@dsar/mail';
import { formatDate, layout, linkButton, type MailContext } from './mail-layout.js';
import type { RefusalWords, RequestOutcome } from '@dsar/domain';

export interface CompletionMailInput extends MailContext {
  request: {
    reference: string;
    email: string;
    name: string | null;
    corrections: { field: string; value: string }[] | null;
  };
  outcome: RequestOutcome;
  timeZone: string;
  /** What an officer refused, and why (empty when the whole request was answered). */
  refusals: RefusedPartLine[];
  /** The complaint route of the request's regime (its denial wording). */
  complaint: string;
}

/** One refused part, as the subject reads it (`refusalWords`). */
export type RefusedPartLine = RefusalWords;

/** What was refused and why, with where to complain; nothing when nothing was refused. */
export function refusedLines(input: CompletionMailInput): { markup: string; text: string } {
  if (input.refusals.length === 0) return { markup: '', text: '' };
  const line = (r: RefusedPartLine) =>
    `${r.part}: not given, because ${r.reason} (${r.citation}). ${r.text}`;
  return {
    markup: html`<p>We could not do all you asked. Part of your request was refused:</p>
<ul>${input.refusals.map((r) => trusted(html`<li>${line(r)}</li>`))}</ul>
<p>${input.complaint}</p>`,
    text: `\n\nWe could not do all you asked. Part of your request was refused:\n${input.refusals
      .map((r) => `- ${line(r)}`)
      .join('\n')}\n\n${input.complaint}`,
  };
}

function greeting(name: string | null): string {
  return name ? `Dear ${name},` : 'Hello,';
}

function frame(
  input: CompletionMailInput,
  title: string,
  body: TrustedHtml,
  text: string,
): MailMessage {
  const framed = layout(input, title, body, text);
  return { to: input.request.email, subject: `${title} (${input.request.reference})`, ...framed };
}

function retainedLines(input: CompletionMailInput): { markup: string; text: string } {
  const { retained } = input.outcome;
  if (retained.length === 0)
    return { markup: html`<p>Nothing was kept.</p>`, text: 'Nothing was kept.' };
  const until = (value: string | null) =>
    value ? `until ${formatDate(new Date(value), input.timeZone)}` : 'while the obligation lasts';
  return {
    markup: html`<p>Some data had to be kept because the law requires it:</p>
<ul>${retained.map((item) =>
      trusted(html`<li>${item.what} in ${item.system} — ${item.basis}, ${until(item.until)}</li>`),
    )}</ul>`,
    text: `Some data had to be kept because the law requires it:\n${retained
      .map((item) => `- ${item.what} in ${item.system}: ${item.basis}, ${until(item.until)}`)
      .join('\n')}`,
  };
}

/** Access: the download link and until when it works. */
export function accessCompletedMail(
  input: CompletionMailInput & { downloadUrl: string; expiresAt: Date },
): MailMessage {
  const found = input.outcome.result === 'completed';
  const what = found
    ? 'Your personal data is ready to download: a file with everything we hold about you, how we use it and why.'
    : 'We searched every system that could hold your personal data and found none. The file below lists where we looked.';
  const until = formatDate(input.expiresAt, input.timeZone);
  const refused = refusedLines(input);
  const body = trusted(
    html`<p>${greeting(input.request.name)}</p>
      <p>${what}</p>` +
      linkButton(input.downloadUrl, 'Download my data').markup +
      html`<p>
        The link works until ${until}. You can ask for a fresh one from your status page.
      </p>` +
      refused.markup,
  );
  const text = `${greeting(input.request.name)}\n\n${what}\n\nDownload: ${input.downloadUrl}\nThe link works until ${until}.${refused.text}`;
  return frame(
    input,
    found ? 'Your personal data is ready' : 'We found no personal data about you',
    body,
    text,
  );
}

/** Per system, in words a person reads: how much went, or what the system answered. */
function erasedLines(input: CompletionMailInput): string[] {
  return input.outcome.systems.flatMap((system) => {
    const { erased, masked, hashed, deleted } = system.counts;
    const gone = erased + masked + hashed + deleted;
    if (system.outcome === 'not_found') return [`${system.system}: no data about you was found`];
    if (system.outcome !== 'completed') return [];
    return [
      gone > 0
        ? `${system.system}: ${gone} item(s) erased, anonymised or deleted`
        : `${system.system}: erasure confirmed by the system's owner`,
    ];
  });
}

/** Erasure: what was erased, what was kept, why and until when. */
export function erasureCompletedMail(input: CompletionMailInput): MailMessage {
  const { counts, result } = input.outcome;
  const erased = counts.erased + counts.masked + counts.hashed + counts.deleted;
  const summary =
    result === 'no_data_found'
      ? 'We searched every system that could hold your personal data and found none to erase.'
      : `We erased your personal data: ${erased} item(s) were erased, anonymised or deleted.`;
  const lines = result === 'no_data_found' ? [] : erasedLines(input);
  const kept = retainedLines(input);
  const body = trusted(
    html`<p>${greeting(input.request.name)}</p>
      <p>${summary}</p>` +
      (lines.length ? html`<ul>${lines.map((line) => trusted(html`<li>${line}</li>`))}</ul>` : '') +
      kept.markup +
      refusedLines(input).markup,
  );
  const list = lines.map((line) => `- ${line}`).join('\n');
  const text = `${greeting(input.request.name)}\n\n${summary}\n${list}\n\n${kept.text}${refusedLines(input).text}`;
  return frame(input, 'Your personal data has been erased', body, text);
}

/** Rectification: what changed. */
export function rectificationCompletedMail(input: CompletionMailInput): MailMessage {
  const corrections = input.request.corrections ?? [];
  const changed = input.outcome.counts.rectified;
  const summary =
    changed > 0
      ? `We corrected your personal data (${changed} change(s)):`
      : 'We found no stored data that needed the corrections you asked for:';
  const body = trusted(
    html`<p>${greeting(input.request.name)}</p>
<p>${summary}</p>
<ul>${corrections.map((c) => trusted(html`<li>${c.field}: ${c.value}</li>`))}</ul>` +
      refusedLines(input).markup,
  );
  const text = `${greeting(input.request.name)}\n\n${summary}\n${corrections.map((c) => `- ${c.field}: ${c.value}`).join('\n')}${refusedLines(input).text}`;
  return frame(
    input,
    changed > 0 ? 'Your personal data has been corrected' : 'Your correction request is complete',
    body,
    text,
  );
}
