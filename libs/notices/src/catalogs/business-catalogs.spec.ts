import { describe, expect, it } from '@jest/globals';
import { parseMessage } from '@dsar/mail';
import {
  BUSINESS_EN,
  BUSINESS_MAIL_CATALOGS,
  BUSINESS_MAIL_LANGUAGES,
  businessTranslator,
  identityList,
  listed,
  type BusinessMailKey,
} from './index.js';

const KEYS = Object.keys(BUSINESS_EN) as BusinessMailKey[];

/** The argument names a message uses (`{reference}`, `{count, plural, …}`), sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)) names.add(match[1]!);
  return [...names].sort();
}

describe('the catalogs of mails to businesses (processors, Art. 19 recipients)', () => {
  it.each(BUSINESS_MAIL_LANGUAGES)(
    '%s says every key of the English catalog itself',
    (language) => {
      const missing = KEYS.filter((key) => BUSINESS_MAIL_CATALOGS[language][key] === undefined);
      expect(missing).toEqual([]);
    },
  );

  it.each(BUSINESS_MAIL_LANGUAGES)('%s has only keys the English catalog has', (language) => {
    const extra = Object.keys(BUSINESS_MAIL_CATALOGS[language]).filter(
      (key) => !(key in BUSINESS_EN),
    );
    expect(extra).toEqual([]);
  });

  it.each(BUSINESS_MAIL_LANGUAGES)(
    'every %s message parses and uses the English one’s arguments',
    (language) => {
      const catalog = BUSINESS_MAIL_CATALOGS[language];
      for (const [key, message] of Object.entries(catalog) as [BusinessMailKey, string][]) {
        expect(() => parseMessage(key, message, language)).not.toThrow();
        expect([key, argumentsOf(message)]).toEqual([key, argumentsOf(BUSINESS_EN[key])]);
      }
    },
  );

  it('picks the contact’s language, the nearest one we write in, or English', () => {
    expect(businessTranslator('de-AT', 'UTC').language).toBe('de');
    expect(businessTranslator('ja', 'UTC').language).toBe('en');
    expect(businessTranslator(undefined, 'UTC').language).toBe('en');
  });

  it('formats dates, plurals, lists and identity labels in the reader’s language', () => {
    const de = businessTranslator('de', 'Europe/Berlin');
    expect(
      de
        .text('processor.due', { due: new Date('2026-01-31T23:30:00Z') })
        .startsWith('Frist: Bitte antworten Sie bis zum 1. Februar 2026, damit'),
    ).toBe(true);
    expect(de.text('notice.disclosed', { count: 2 })).toContain('aus diesen Systemen');
    expect(listed(de, ['CRM', 'Shop', 'Newsletter'])).toBe('CRM, Shop und Newsletter');
    expect(identityList(de, { cookie_id: ['fl_1', 'fl_2'] })).toBe('Cookie-ID fl_1, fl_2');
    const en = businessTranslator('en', 'UTC');
    expect(listed(en, ['CRM', 'Shop'])).toBe('CRM and Shop');
    expect(en.text('notice.disclosed', { count: 1 })).toContain('from that system');
  });
});
