import { de } from './de.js';
import { en, type Messages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import type { PartialMessages } from './partial.js';
import { ptBR } from './pt-br.js';

export { en, type Messages, type PartialMessages };

/** The languages the privacy center speaks, each named in itself for the switcher. */
export const LANGUAGES = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
} as const;
export type Language = keyof typeof LANGUAGES;

/** Those that must say every key themselves: all of them (their types and the catalog spec). */
export const COMPLETE_LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'pt-BR'];

export const CATALOGS: Record<Language, PartialMessages> = { en, de, fr, es, 'pt-BR': ptBR };

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * The first of the reader's tags (`?lang=`, the request's language, the browser's) that we
 * speak: the same tag, else one of the same language (`de-AT` → `de`, `pt` → `pt-BR`); else
 * English. The server keeps the same rule for mails (`catalogLanguage` in @dsar/domain).
 */
export function pickLanguage(tags: readonly (string | null | undefined)[]): Language {
  const known = Object.keys(LANGUAGES) as Language[];
  for (const tag of tags) {
    if (!tag) continue;
    const exact = known.find((language) => language.toLowerCase() === tag.toLowerCase());
    const same = known.find((language) => primary(language) === primary(tag));
    if (exact ?? same) return (exact ?? same)!;
  }
  return 'en';
}

/** A language's catalog with English wherever it says nothing. */
export function catalogFor(language: Language): Messages {
  return merged(en, CATALOGS[language]) as Messages;
}

function merged(base: unknown, over: unknown): unknown {
  if (typeof base === 'string') return typeof over === 'string' ? over : base;
  if (Array.isArray(base))
    return base.map((item, index) => merged(item, (over as unknown[] | undefined)?.[index]));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base as Record<string, unknown>))
    out[key] = merged(value, (over as Record<string, unknown> | undefined)?.[key]);
  return out;
}
