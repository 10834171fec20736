import {
  categoryLabel,
  categoryProblem,
  DATA_CATEGORIES,
  LABEL_LANGUAGES,
  labelLanguage,
} from './data-categories.js';

describe('data categories (the taxonomy people read)', () => {
  it('names a category per language', () => {
    expect(categoryLabel('user.contact.phone')).toBe('Phone number');
    expect(categoryLabel('user.contact.phone', 'de')).toBe('Telefonnummer');
    expect(categoryLabel('user.contact.phone', 'de-AT')).toBe('Telefonnummer');
    expect(categoryLabel('user.contact.phone', 'pt')).toBe('Número de telefone');
    expect(categoryLabel('user.contact.phone', 'ja')).toBe('Phone number');
  });

  it('has every label in every language, none empty and none a code', () => {
    for (const [code, labels] of Object.entries(DATA_CATEGORIES))
      for (const language of LABEL_LANGUAGES) {
        expect([code, language, labels[language].trim().length > 0]).toEqual([
          code,
          language,
          true,
        ]);
        expect(labels[language]).not.toContain('.');
      }
  });

  it('reads an old unknown code as its nearest known parent, never as the code', () => {
    expect(categoryLabel('user.contact.fax')).toBe('Contact details');
    expect(categoryLabel('made.up')).toBe('Other personal data');
  });

  it('names an unknown category in its problem', () => {
    expect(categoryProblem('user.contact.email')).toBeNull();
    expect(categoryProblem('user.behaviour')).toMatch(/unknown data category user\.behaviour/);
  });

  it('maps language tags to the label languages', () => {
    expect(labelLanguage('PT-br')).toBe('pt-BR');
    expect(labelLanguage(undefined)).toBe('en');
    expect(labelLanguage('fr-CA')).toBe('fr');
  });
});
