import {
  catalogLanguage,
  type IdentityType,
  type NotifyingType,
  type RequestType,
} from '@dsar/domain';
import { type PartialCatalog, Translator } from '@dsar/mail';
import { de } from './de.js';
import { en, type BusinessMailKey } from './en.js';

export { en as BUSINESS_EN, type BusinessMailKey };

/**
 * The languages mails to businesses are written in (processors, Art. 19 recipients): the
 * language the registry gives for the contact (`settings.language` of an e-mail processor,
 * `language` of a recipient), English otherwise. Both are complete.
 */
export const BUSINESS_MAIL_LANGUAGES = ['en', 'de'] as const;
export type BusinessMailLanguage = (typeof BUSINESS_MAIL_LANGUAGES)[number];

export const BUSINESS_MAIL_CATALOGS: Record<
  BusinessMailLanguage,
  PartialCatalog<BusinessMailKey>
> = { en, de };

const FORMAT_LOCALE: Record<BusinessMailLanguage, string> = { en: 'en-GB', de: 'de-DE' };

export type BusinessTranslator = Translator<BusinessMailKey> & {
  readonly language: BusinessMailLanguage;
};

/** The contact's language (a BCP 47 tag from the registry, or none) or the nearest we write in. */
export function businessTranslator(
  language: string | null | undefined,
  timeZone: string,
): BusinessTranslator {
  const chosen = catalogLanguage(language, BUSINESS_MAIL_LANGUAGES, 'en');
  const english = { locale: FORMAT_LOCALE.en, catalog: en };
  return Object.assign(
    new Translator(FORMAT_LOCALE[chosen], BUSINESS_MAIL_CATALOGS[chosen], english, timeZone),
    { language: chosen },
  );
}

/** One key per identity type, per request type and per notifying type: a new one must get words. */
export const identityKey = (type: IdentityType): BusinessMailKey =>
  `identity.${type}` satisfies BusinessMailKey;
export const actionKey = (type: RequestType): BusinessMailKey =>
  `action.${type}` satisfies BusinessMailKey;
export const askKey = (type: RequestType): BusinessMailKey =>
  `processor.ask.${type}` satisfies BusinessMailKey;
export const noticeDoneKey = (type: NotifyingType): BusinessMailKey =>
  `notice.done.${type}` satisfies BusinessMailKey;
export const noticeAskKey = (type: NotifyingType): BusinessMailKey =>
  `notice.ask.${type}` satisfies BusinessMailKey;

/** "a, b and c" in the reader's language. */
export function listed(t: BusinessTranslator, items: readonly string[]): string {
  return new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(items);
}

/** "Cookie id fl_1, fl_2; E-mail address ada@example.com", labels in the reader's language. */
export function identityList(
  t: BusinessTranslator,
  identities: Partial<Record<IdentityType, readonly string[]>>,
): string {
  return Object.entries(identities)
    .filter(([, values]) => values && values.length > 0)
    .map(([type, values]) => `${t.text(identityKey(type as IdentityType))} ${values!.join(', ')}`)
    .join('; ');
}
