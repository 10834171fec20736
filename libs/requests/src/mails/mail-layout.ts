import { isRequestType, REQUEST_TYPE_RULES } from '@dsar/domain';
import { html, trusted, type TrustedHtml } from '@dsar/mail';

export interface MailContext {
  controllerName: string;
  controllerContact: string;
}

/** The frame every subject mail shares: a greeting, the body, the controller's contact. */
export function layout(
  context: MailContext,
  title: string,
  bodyHtml: TrustedHtml,
  bodyText: string,
): { html: string; text: string } {
  const markup = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
      </head>
      <body
        style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 40rem;"
      >
        <h1 style="font-size: 1.25rem;">${title}</h1>
        ${bodyHtml}
        <p style="color: #444; font-size: 0.9rem;">
          ${context.controllerName} · privacy contact: ${context.controllerContact}
        </p>
      </body>
    </html>`;
  const text = `${title}\n\n${bodyText}\n\n-- \n${context.controllerName} · privacy contact: ${context.controllerContact}\n`;
  return { html: markup, text };
}

export function linkButton(href: string, label: string): TrustedHtml {
  return trusted(
    html`<p>
        <a
          href="${href}"
          style="display: inline-block; padding: 0.6rem 1rem; background: #0b57d0; color: #fff; text-decoration: none; border-radius: 4px;"
          >${label}</a
        >
      </p>
      <p style="font-size: 0.85rem; color: #444;">Or open this address: ${href}</p>`,
  );
}

/** "your request for …": the words are the request-type table's. */
export function typeLabel(type: string): string {
  return isRequestType(type) ? REQUEST_TYPE_RULES[type].label : type;
}

export function formatDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(date);
}
