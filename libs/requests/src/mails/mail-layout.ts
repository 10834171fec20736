import { isRequestType } from '@dsar/domain';
import { html, type MailMessage, type MessageValues, trusted, type TrustedHtml } from '@dsar/mail';
import { type MailKey, type MailTranslator, typeKey } from './catalogs/index.js';

export interface MailContext {
  controllerName: string;
  controllerContact: string;
}

/** The frame every subject mail shares: the title, the body, the controller's contact. */
export function layout(
  t: MailTranslator,
  context: MailContext,
  title: string,
  bodyHtml: TrustedHtml,
  bodyText: string,
): { html: string; text: string } {
  const contact = { controller: context.controllerName, contact: context.controllerContact };
  const markup = html`<!doctype html>
    <html lang="${t.locale}">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
      </head>
      <body
        style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 40rem;"
      >
        <h1 style="font-size: 1.25rem;">${title}</h1>
        ${bodyHtml}
        <p style="color: #444; font-size: 0.9rem;">${t.html('layout.contact', contact)}</p>
      </body>
    </html>`;
  const text = `${title}\n\n${bodyText}\n\n-- \n${t.text('layout.contact', contact)}\n`;
  return { html: markup, text };
}

export function linkButton(t: MailTranslator, href: string, label: string): TrustedHtml {
  return trusted(
    html`<p>
        <a
          href="${href}"
          style="display: inline-block; padding: 0.6rem 1rem; background: #0b57d0; color: #fff; text-decoration: none; border-radius: 4px;"
          >${label}</a
        >
      </p>
      <p style="font-size: 0.85rem; color: #444;">${t.html('link.orOpen', { url: href })}</p>`,
  );
}

/**
 * A mail's body, paragraph by paragraph, in HTML and in text at once: catalog messages
 * (`say`), the subject's or staff's own words (`quote`, always escaped), links and lists.
 */
export class MailBody {
  private readonly markup: string[] = [];
  private readonly lines: string[] = [];

  constructor(private readonly t: MailTranslator) {}

  say(key: MailKey, values: MessageValues = {}): this {
    this.markup.push(html`<p>${this.t.html(key, values)}</p>`);
    this.lines.push(this.t.text(key, values));
    return this;
  }

  /** Words not from the catalog (a greeting with a name, staff's explanation, a question). */
  quote(words: string, block = false): this {
    this.markup.push(block ? html`<blockquote>${words}</blockquote>` : html`<p>${words}</p>`);
    this.lines.push(words);
    return this;
  }

  link(url: string, label: MailKey): this {
    const words = this.t.text(label);
    this.markup.push(linkButton(this.t, url, words).markup);
    this.lines.push(`${words}: ${url}`);
    return this;
  }

  list(items: readonly { key: MailKey; values: MessageValues }[]): this {
    if (items.length === 0) return this;
    const entries = items.map((item) =>
      trusted(html`<li>${this.t.html(item.key, item.values)}</li>`),
    );
    this.markup.push(html`<ul>${entries}</ul>`);
    this.lines.push(items.map((item) => `- ${this.t.text(item.key, item.values)}`).join('\n'));
    return this;
  }

  html(): TrustedHtml {
    return trusted(this.markup.join('\n'));
  }

  text(): string {
    return this.lines.join('\n\n');
  }
}

/** The whole message: subject line, title, body in the frame, to the subject's address. */
export function subjectMessage(
  t: MailTranslator,
  context: MailContext,
  to: string | null,
  subject: string,
  title: string,
  body: MailBody,
): MailMessage {
  // SubjectMailer records nothing for a request without an e-mail; a builder reached anyway is a bug.
  if (to === null) throw new Error('a subject mail needs the request to have an e-mail');
  return { to, subject, ...layout(t, context, title, body.html(), body.text()) };
}

/** "your request for …" in the reader's language; a type the product lacks is its own code. */
export function typeLabel(t: MailTranslator, type: string): string {
  return isRequestType(type) ? t.text(typeKey(type)) : type;
}

export function greeting(t: MailTranslator, name: string | null): string {
  return name ? t.text('greeting.named', { name }) : t.text('greeting.anonymous');
}
