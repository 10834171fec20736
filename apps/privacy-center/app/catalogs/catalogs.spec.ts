import { describe, expect, it } from '@jest/globals';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, COMPLETE_LANGUAGES, catalogFor, en, LANGUAGES, pickLanguage } from './index.js';

type Language = keyof typeof LANGUAGES;

/** Every message of a catalog by its dotted path (`status.statuses.completed`, `form.types.access.0`). */
function leaves(catalog: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof catalog === 'string') return out.set(path, catalog);
  for (const [key, value] of Object.entries(catalog as object))
    for (const [leaf, text] of leaves(value, path ? `${path}.${key}` : key)) out.set(leaf, text);
  return out;
}

const argumentsOf = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)].map((m) => m[1]))].sort();

const ENGLISH = leaves(en);
const ALL = Object.keys(LANGUAGES) as Language[];
/** Words one of the languages shares with English (a language's name, "Type", "Name", "Status"). */
const SHARED_WITH_ENGLISH = new Set([...Object.values(LANGUAGES), 'Type', 'Name', 'Status']);

describe('the privacy center’s catalogs', () => {
  it.each(COMPLETE_LANGUAGES)('%s says every key of the English catalog itself', (language) => {
    const own = leaves(CATALOGS[language]);
    expect([...ENGLISH.keys()].filter((key) => !own.has(key))).toEqual([]);
  });

  it.each(ALL.filter((language) => language !== 'en'))(
    '%s says its own words, not the English ones left in place',
    (language) => {
      const same = [...leaves(CATALOGS[language])].filter(
        ([key, text]) => text === ENGLISH.get(key) && !SHARED_WITH_ENGLISH.has(text),
      );
      expect(same.map(([key]) => key)).toEqual([]);
    },
  );

  it.each(ALL)('%s has only keys the English catalog has', (language) => {
    expect([...leaves(CATALOGS[language]).keys()].filter((key) => !ENGLISH.has(key))).toEqual([]);
  });

  it.each(ALL)('every %s message parses and uses the English one’s arguments', (language) => {
    for (const [key, message] of leaves(CATALOGS[language])) {
      expect(() => new IntlMessageFormat(message, language)).not.toThrow();
      expect([key, argumentsOf(message)]).toEqual([key, argumentsOf(ENGLISH.get(key)!)]);
    }
  });

  it('picks the reader’s language, the nearest one, or English; gaps are English', () => {
    expect(pickLanguage([null, 'de-AT', 'en'])).toBe('de');
    expect(pickLanguage(['pt'])).toBe('pt-BR');
    expect(pickLanguage(['ja', 'fr-CA'])).toBe('fr');
    expect(pickLanguage(['ja'])).toBe('en');
    expect(catalogFor('de').status.title).toBe('Anfrage {reference}');
    expect(catalogFor('es').form.types.erasure[0]).toBe('Suprimir mis datos');
  });
});
