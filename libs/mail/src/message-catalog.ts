import { IntlMessageFormat } from 'intl-messageformat';
import { escapeHtml, TrustedHtml } from './mail-message.js';

/** One language's ICU messages by key; a translation may leave keys out (English then). */
export type MessageCatalog<K extends string> = Readonly<Record<K, string>>;
export type PartialCatalog<K extends string> = Readonly<Partial<Record<K, string>>>;

export type MessageValue = string | number | Date;
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** `{due, date, long}` is a date in the reader's locale and the controller's time zone. */
function formatsIn(timeZone: string) {
  return {
    date: {
      long: { year: 'numeric', month: 'long', day: 'numeric', timeZone },
      short: { year: 'numeric', month: 'short', day: 'numeric', timeZone },
    },
    time: { short: { hour: 'numeric', minute: 'numeric', timeZone } },
  } as const;
}

/** Parses a message; throws (with the key) on a syntax error. The catalog spec runs it on all. */
export function parseMessage(key: string, message: string, locale: string): IntlMessageFormat {
  try {
    return new IntlMessageFormat(message, locale, formatsIn('UTC'), { ignoreTag: false });
  } catch (error) {
    throw new Error(`message ${key} (${locale}) does not parse: ${(error as Error).message}`);
  }
}

/**
 * Every message compiled once per process, by locale, time zone and text: a Translator lives for
 * one mail, and compiling (the locale resolved, the Intl formatters built) cost more than the
 * mail's other work together (docs/performance.md). The catalogs and the controller's zone bound
 * it: no text from a request is ever a message.
 */
const compiledMessages = new Map<string, IntlMessageFormat>();

function compiled(message: string, locale: string, timeZone: string): IntlMessageFormat {
  const key = JSON.stringify([locale, timeZone, message]);
  let format = compiledMessages.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, locale, formatsIn(timeZone));
    compiledMessages.set(key, format);
  }
  return format;
}

/**
 * Messages of one language for one reader: ICU plurals, dates and numbers in `locale`, dates in
 * `timeZone`; a key the translation lacks is said in English. `<b>…</b>` in a message is bold
 * in HTML and plain in text.
 */
export class Translator<K extends string> {
  /**
   * `locale` formats dates and numbers (`en-GB` for English); `english` is the fallback catalog
   * with its own locale.
   */
  constructor(
    readonly locale: string,
    private readonly catalog: PartialCatalog<K>,
    private readonly english: { locale: string; catalog: MessageCatalog<K> },
    private readonly timeZone: string,
  ) {}

  /** The message as plain text. */
  text(key: K, values: MessageValues = {}): string {
    return this.render(key, values, (chunks) => chunks.join(''));
  }

  /** The message as HTML: values are escaped, `<b>` becomes `<strong>`. */
  html(key: K, values: MessageValues = {}): TrustedHtml {
    const escaped = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'string' ? escapeHtml(value) : value,
      ]),
    );
    return new TrustedHtml(
      this.render(key, escaped, (chunks) => `<strong>${chunks.join('')}</strong>`),
    );
  }

  /** Whether this language says the key itself (not through English). */
  has(key: K): boolean {
    return this.catalog[key] !== undefined;
  }

  private render(key: K, values: MessageValues, bold: (chunks: string[]) => string): string {
    const out = this.formatOf(key).format<string>({ ...values, b: bold });
    return Array.isArray(out) ? out.join('') : String(out);
  }

  private formatOf(key: K): IntlMessageFormat {
    const own = this.catalog[key];
    const message = own ?? this.english.catalog[key];
    if (message === undefined) throw new Error(`no message ${key} in the English catalog`);
    return compiled(message, own === undefined ? this.english.locale : this.locale, this.timeZone);
  }
}
