import { castableValues } from './castable-values.js';

describe('castableValues', () => {
  it('keeps only integers within the column type’s range', () => {
    const values = ['42', ' 7 ', 'abc', '4.5', '', '2147483648', '-2147483648', '99999'];
    expect(castableValues('int4', values)).toEqual(['42', ' 7 ', '-2147483648', '99999']);
    expect(castableValues('int2', values)).toEqual(['42', ' 7 ']);
    expect(castableValues('int8', values)).toEqual([
      '42',
      ' 7 ',
      '2147483648',
      '-2147483648',
      '99999',
    ]);
  });

  it('keeps numbers for numeric columns and UUIDs for uuid columns', () => {
    expect(castableValues('numeric', ['4.5', 'x', '', '1e3'])).toEqual(['4.5', '1e3']);
    expect(
      castableValues('uuid', ['0b5c7a3e-6f0e-4d5b-9a43-3c2d1e0f9a8b', 'player-1', '123']),
    ).toEqual(['0b5c7a3e-6f0e-4d5b-9a43-3c2d1e0f9a8b']);
  });

  it('keeps every value for text-like columns', () => {
    expect(castableValues('text', ['abc', '42'])).toEqual(['abc', '42']);
    expect(castableValues('citext', ['Ada@Example.com'])).toEqual(['Ada@Example.com']);
  });
});
