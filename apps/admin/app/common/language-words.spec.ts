import { describe, expect, it } from '@jest/globals';
import { languageLabel } from './language-words.js';

describe('the request language in words', () => {
  it('names the language with its tag', () => {
    expect(languageLabel('de')).toBe('German (de)');
    expect(languageLabel('pt-BR')).toBe('Brazilian Portuguese (pt-BR)');
    expect(languageLabel('en')).toBe('English (en)');
  });

  it('shows a tag it cannot name as it is, and none as a dash', () => {
    expect(languageLabel('qaa')).toBe('qaa');
    expect(languageLabel(null)).toBe('—');
  });
});
