import { describe, expect, it } from '@jest/globals';
import { parseMessage } from '@dsar/mail';
import {
  COMPLETE_MAIL_LANGUAGES,
  en,
  MAIL_CATALOGS,
  MAIL_LANGUAGES,
  mailTranslator,
  type MailKey,
  type MailLanguage,
} from './index.js';

const KEYS = Object.keys(en) as MailKey[];
/** Messages a language words as English does ("in" is German too). */
const SHARED_WITH_ENGLISH: Partial<Record<MailLanguage, readonly MailKey[]>> = {
  de: ['kept.item'],
};

/** The argument names a message uses (`{reference}`, `{count, plural, …}`), sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)) names.add(match[1]!);
  return [...names].sort();
}

describe('the subject-mail catalogs', () => {
  it.each(COMPLETE_MAIL_LANGUAGES)(
    '%s says every key of the English catalog itself',
    (language) => {
      const missing = KEYS.filter((key) => MAIL_CATALOGS[language][key] === undefined);
      expect(missing).toEqual([]);
    },
  );

  it.each(MAIL_LANGUAGES.filter((language) => language !== 'en'))(
    '%s says its own words, not the English ones left in place',
    (language) => {
      // A message of arguments only (`{title} ({reference})`) has no words to translate.
      const words = (message: string) => /\p{L}/u.test(message.replace(/\{[^}]*\}/g, ''));
      const same = KEYS.filter(
        (key) =>
          MAIL_CATALOGS[language][key] === en[key] &&
          words(en[key]) &&
          !SHARED_WITH_ENGLISH[language]?.includes(key),
      );
      expect(same).toEqual([]);
    },
  );

  it.each(MAIL_LANGUAGES)('%s has only keys the English catalog has', (language) => {
    const extra = Object.keys(MAIL_CATALOGS[language]).filter((key) => !(key in en));
    expect(extra).toEqual([]);
  });

  it.each(MAIL_LANGUAGES)(
    'every %s message parses and uses the English one’s arguments',
    (language) => {
      for (const [key, message] of Object.entries(MAIL_CATALOGS[language]) as [MailKey, string][]) {
        expect(() => parseMessage(key, message, language)).not.toThrow();
        expect([key, argumentsOf(message)]).toEqual([key, argumentsOf(en[key])]);
      }
    },
  );

  it('formats plurals, dates and numbers in the reader’s locale and the controller’s zone', () => {
    const until = new Date('2026-01-31T23:30:00Z');
    const de = mailTranslator('de', 'Europe/Berlin');
    expect(de.text('kept.until', { until })).toBe('bis zum 1. Februar 2026');
    expect(de.text('erasure.part', { open: 1 })).toContain('ein System konnte nicht');
    expect(de.text('outcome.erased', { system: 'CRM', count: 1200 })).toBe(
      'CRM: 1.200 Einträge gelöscht, anonymisiert oder entfernt',
    );
    const en = mailTranslator('en', 'America/New_York');
    expect(en.text('kept.until', { until })).toBe('until 31 January 2026');
    expect(mailTranslator('fr', 'UTC').text('outcome.erased', { system: 'CRM', count: 1 })).toBe(
      'CRM : 1 élément effacé, anonymisé ou supprimé',
    );
  });

  it('falls back to English for a language we do not write in, and for a missing key', () => {
    expect(mailTranslator('ja', 'UTC').text('greeting.anonymous')).toBe('Hello,');
    expect(mailTranslator('pt', 'UTC').text('greeting.anonymous')).toBe('Olá,');
    expect(mailTranslator('de-CH', 'UTC').text('greeting.anonymous')).toBe('Guten Tag,');
  });

  it('escapes values in HTML and keeps the catalog’s bold', () => {
    const html = mailTranslator('en', 'UTC').html('cancellation.body', { reference: '<x>' });
    expect(html.markup).toBe('Your request <strong>&lt;x&gt;</strong> has been cancelled.');
  });
});
