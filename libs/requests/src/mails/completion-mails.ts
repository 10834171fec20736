import { html, trusted, type MailMessage, type TrustedHtml } from '@dsar/mail';
import { formatDate, layout, linkButton, type MailContext } from './mail-layout.js';
import type { RequestOutcome } from '@dsar/domain';

export interface CompletionMailInput extends MailContext {
  request: {
    reference: string;
    email: string;
    name: string | null;
    corrections: { field: string; value: string }[] | null;
  };
  outcome: RequestOutcome;
  timeZone: string;
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
  const body = trusted(
    html`<p>${greeting(input.request.name)}</p>
      <p>${what}</p>` +
      linkButton(input.downloadUrl, 'Download my data').markup +
      html`<p>
        The link works until ${until}. You can ask for a fresh one from your status page.
      </p>`,
  );
  const text = `${greeting(input.request.name)}\n\n${what}\n\nDownload: ${input.downloadUrl}\nThe link works until ${until}.`;
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
      kept.markup,
  );
  const list = lines.map((line) => `- ${line}`).join('\n');
  const text = `${greeting(input.request.name)}\n\n${summary}\n${list}\n\n${kept.text}`;
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
<ul>${corrections.map((c) => trusted(html`<li>${c.field}: ${c.value}</li>`))}</ul>`,
  );
  const text = `${greeting(input.request.name)}\n\n${summary}\n${corrections.map((c) => `- ${c.field}: ${c.value}`).join('\n')}`;
  return frame(
    input,
    changed > 0 ? 'Your personal data has been corrected' : 'Your correction request is complete',
    body,
    text,
  );
}
