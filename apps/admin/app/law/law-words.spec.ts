import { describe, expect, it } from '@jest/globals';
import { pathWords, valueWords } from './law-words.js';

describe('a pack change in words', () => {
  it('joins lists, names absent values and spells out request types', () => {
    expect(valueWords(['access', 'opt_out'])).toBe('access, opt out');
    expect(valueWords([])).toBe('none');
    expect(valueWords(null)).toBe('—');
    expect(valueWords(45)).toBe('45');
    expect(valueWords(false)).toBe('no');
  });

  it('writes a rule path in words', () => {
    expect(pathWords('period.length')).toBe('period length');
    expect(pathWords('tellSubject.within')).toBe('tell subject within');
  });
});
