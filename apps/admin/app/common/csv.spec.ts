import { describe, expect, it } from '@jest/globals';
import { toCsv } from './csv.js';

describe('CSV export', () => {
  it('quotes what needs quoting and keeps the rest plain', () => {
    expect(toCsv([{ a: 'plain', b: 'with, comma', c: 'say "hi"', d: 3 }])).toBe(
      'a,b,c,d\r\nplain,"with, comma","say ""hi""",3',
    );
  });

  it('never lets a spreadsheet run a value as a formula', () => {
    expect(toCsv([{ a: '=HYPERLINK("x")' }])).toBe('a\r\n"\'=HYPERLINK(""x"")"');
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});
