import { describe, expect, it } from '@jest/globals';
import { canonicalLanguageTag, catalogLanguage } from './request-language.js';

const CATALOGS = ['en', 'de', 'fr', 'es', 'pt-BR'] as const;

describe('the language a request is answered in', () => {
  it('keeps a BCP 47 tag in its canonical case and refuses what is not one', () => {
    expect(canonicalLanguageTag('pt-br')).toBe('pt-BR');
    expect(canonicalLanguageTag('DE')).toBe('de');
    expect(canonicalLanguageTag('en-Latn-GB')).toBe('en-Latn-GB');
    expect(canonicalLanguageTag('deutsch please')).toBeNull();
    expect(canonicalLanguageTag('')).toBeNull();
    expect(canonicalLanguageTag('x'.repeat(40))).toBeNull();
  });

  it('picks the same tag, else the same language, else English', () => {
    expect(catalogLanguage('pt-BR', CATALOGS, 'en')).toBe('pt-BR');
    expect(catalogLanguage('de-AT', CATALOGS, 'en')).toBe('de');
    expect(catalogLanguage('pt-PT', CATALOGS, 'en')).toBe('pt-BR');
    expect(catalogLanguage('pt', CATALOGS, 'en')).toBe('pt-BR');
    expect(catalogLanguage('es-MX', CATALOGS, 'en')).toBe('es');
    expect(catalogLanguage('ja', CATALOGS, 'en')).toBe('en');
    expect(catalogLanguage(null, CATALOGS, 'en')).toBe('en');
    expect(catalogLanguage('???', CATALOGS, 'en')).toBe('en');
  });
});
