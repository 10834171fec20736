import { html, trusted, type MailMessage } from '@dsar/mail';

export interface StaffMailContent {
  subject: string;
  /** Paragraphs of plain text; each becomes a <p> in the HTML part. */
  paragraphs: string[];
  link?: { href: string; label: string };
  /** The language the paragraphs are in (BCP 47; English when not given). */
  language?: string;
}

/** One plain layout for every mail to staff and processors (text and HTML, values escaped). */
export function staffMail(to: string, content: StaffMailContent): MailMessage {
  const paragraphs = content.paragraphs.map((paragraph) => trusted(html`<p>${paragraph}</p>`));
  const link = content.link
    ? trusted(html`<p><a href="${content.link.href}">${content.link.label}</a></p>`)
    : '';
  return {
    to,
    subject: content.subject,
    text:
      content.paragraphs.join('\n\n') +
      (content.link ? `\n\n${content.link.label}: ${content.link.href}` : '') +
      '\n',
    html: html`<!doctype html>
      <html lang="${content.language ?? 'en'}">
        <head>
          <meta charset="utf-8" />
          <title>${content.subject}</title>
        </head>
        <body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 44rem;">
          ${paragraphs} ${link}
        </body>
      </html>`,
  };
}
