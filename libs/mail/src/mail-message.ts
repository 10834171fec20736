export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Escapes a value for HTML text and attribute context: a subject's name is input. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Tagged template for HTML: every interpolated value is escaped unless wrapped in `trusted`. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, part, index) => {
    if (index === 0) return part;
    const value = values[index - 1];
    const rendered =
      value instanceof TrustedHtml
        ? value.markup
        : Array.isArray(value)
          ? value
              .map((item) => (item instanceof TrustedHtml ? item.markup : escapeHtml(item)))
              .join('')
          : escapeHtml(value);
    return out + rendered + part;
  }, '');
}

export class TrustedHtml {
  constructor(readonly markup: string) {}
}

export function trusted(markup: string): TrustedHtml {
  return new TrustedHtml(markup);
}
