import { IntlMessageFormat } from 'intl-messageformat';
import {
  catalogFor,
  en,
  LANGUAGES,
  type Language,
  type Messages,
  pickLanguage,
} from './catalogs/index.js';

/**
 * The strings of the active language. Pages keep references into it (`messages.status`), so a
 * change of language rewrites it in place: every page then reads the new words.
 */
export const messages: Messages = structuredClone(en);

let active: Language = 'en';
/** The controller's zone (the page's `dsar-timezone` meta, or the status answer's). */
let zone: string | undefined =
  document.querySelector<HTMLMetaElement>('meta[name="dsar-timezone"]')?.content || undefined;

export const activeLanguage = (): Language => active;
export const timeZone = (): string | undefined => zone;
export const setTimeZone = (value: string | undefined) => void (value && (zone = value));

/** `?lang=` in the address: the reader chose it (the switcher), nothing overrides it. */
export const chosenLanguage = (): string | null => new URLSearchParams(location.search).get('lang');

/** Switches the whole page to the nearest language we speak to `tags` (first wins). */
export function useLanguage(...tags: (string | null | undefined)[]): Language {
  active = pickLanguage(tags);
  copyInto(messages, catalogFor(active));
  document.documentElement.lang = active;
  document.getElementById('brand')?.replaceChildren(messages.siteName);
  document.querySelector('.skip')?.replaceChildren(messages.skip);
  return active;
}

function copyInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      copyInto(target[key] as Record<string, unknown>, value as Record<string, unknown>);
    else target[key] = Array.isArray(value) ? [...value] : value;
  }
}

/** An ICU message in the active language: `{reference}`, plurals, numbers in its locale. */
export function format(template: string, values: Record<string, string | number | Date>): string {
  const message = new IntlMessageFormat(template, active, undefined, { ignoreTag: true });
  return String(message.format(values));
}

/** A date in the reader's language and the controller's time zone. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(active, { dateStyle: 'long', timeZone: zone }).format(
    new Date(iso),
  );
}

export { LANGUAGES, type Language };

useLanguage(chosenLanguage(), ...navigator.languages);
