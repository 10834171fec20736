import { catalogLanguage } from '@dsar/domain';
import { type MessageCatalog, Translator } from '@dsar/mail';
import { de } from './de.js';
import { en, type PackageKey } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ptBR } from './pt-br.js';

export { en, type PackageKey };

/** The languages `report.html` is written in; `en` is the reference and the fallback. */
export const PACKAGE_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR'] as const;
export type PackageLanguage = (typeof PACKAGE_LANGUAGES)[number];

/**
 * Every language says every key itself: the report is what a data protection officer signs, so
 * none of it falls back to English (the catalog spec checks it).
 */
export const PACKAGE_CATALOGS: Record<PackageLanguage, MessageCatalog<PackageKey>> = {
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
};

/** The locale that formats dates and numbers in each language's report. */
const FORMAT_LOCALE: Record<PackageLanguage, string> = {
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  'pt-BR': 'pt-BR',
};

/** The request's BCP 47 tag, or the nearest language we write the report in (else English). */
export function packageLanguage(tag: string | null | undefined): PackageLanguage {
  return catalogLanguage(tag, PACKAGE_LANGUAGES, 'en');
}

export type PackageTranslator = Translator<PackageKey>;

/** The report's messages in `language`, dates in `timeZone`. */
export function packageTranslator(language: PackageLanguage, timeZone: string): PackageTranslator {
  const english = { locale: FORMAT_LOCALE.en, catalog: en };
  return new Translator(FORMAT_LOCALE[language], PACKAGE_CATALOGS[language], english, timeZone);
}
