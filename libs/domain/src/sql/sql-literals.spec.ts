import { describe, expect, it } from '@jest/globals';
import { sqlWordList } from './sql-literals.js';

describe('sqlWordList', () => {
  it('quotes constant words into a list', () => {
    expect(sqlWordList(['a', 'b_c'])).toBe(`('a','b_c')`);
  });

  it('refuses anything that is not a plain word, and an empty list', () => {
    expect(() => sqlWordList([`x'); DROP TABLE requests; --`])).toThrow(RangeError);
    expect(() => sqlWordList([])).toThrow(RangeError);
  });
});
