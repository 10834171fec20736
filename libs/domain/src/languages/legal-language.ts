import { catalogLanguage, DEFAULT_LANGUAGE } from './request-language.js';

/**
 * The languages the legal wording (rights, exemptions, complaint and appeal routes, regime names)
 * is written in: the subject mails' and the privacy center's languages. Each table keyed by
 * `LegalLanguage` must say every entry, so a new language does not compile until it is complete.
 */
export const LEGAL_LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR'] as const;
export type LegalLanguage = (typeof LEGAL_LANGUAGES)[number];

/**
 * The legal wording's language for a request's BCP 47 tag: the same rule that picks the mail
 * catalog (`catalogLanguage`), so a mail never mixes two languages; English where none fits.
 */
export function legalLanguage(tag: string | null | undefined): LegalLanguage {
  return catalogLanguage(tag, LEGAL_LANGUAGES, DEFAULT_LANGUAGE);
}
