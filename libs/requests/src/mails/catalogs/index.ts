import { catalogLanguage, type LegalLanguage, type RequestType } from '@dsar/domain';
import { type PartialCatalog, Translator } from '@dsar/mail';
import { de } from './de.js';
import { en, type MailKey } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ptBR } from './pt-br.js';

export { en, type MailKey };

/** The languages subject mails are written in (each has legal wording too); `en` the fallback. */
export const MAIL_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'pt-BR',
] as const satisfies readonly LegalLanguage[];
export type MailLanguage = (typeof MAIL_LANGUAGES)[number];

/** The languages that must say every key themselves (the catalog spec checks them). */
export const COMPLETE_MAIL_LANGUAGES: readonly MailLanguage[] = MAIL_LANGUAGES;

export const MAIL_CATALOGS: Record<MailLanguage, PartialCatalog<MailKey>> = {
  en,
  de,
  fr,
  es,
  'pt-BR': ptBR,
};

/** The locale that formats dates and numbers in each language's mails. */
const FORMAT_LOCALE: Record<MailLanguage, string> = {
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  'pt-BR': 'pt-BR',
};

export type MailTranslator = Translator<MailKey>;

/** The subject's language (the request's BCP 47 tag) or the nearest one we write in. */
export function mailTranslator(language: string, timeZone: string): MailTranslator {
  const chosen = catalogLanguage(language, MAIL_LANGUAGES, 'en');
  const english = { locale: FORMAT_LOCALE.en, catalog: en };
  return new Translator(FORMAT_LOCALE[chosen], MAIL_CATALOGS[chosen], english, timeZone);
}

/** "your request for …": one key per request type, so a new type without words does not compile. */
export function typeKey(type: RequestType): MailKey {
  return `type.${type}` satisfies MailKey;
}
