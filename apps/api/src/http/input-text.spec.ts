import { describe, expect, it } from '@jest/globals';
import { dateInput, inputProblems, parseQueryJson } from './input-text.js';

describe('inputProblems', () => {
  it('names NUL, lone surrogates, prototype keys and deep nesting by dotted path', () => {
    const body = JSON.parse(
      '{"name":"a\\u0000b","notes":[{"text":"cut \\ud83d"}],"__proto__":{"x":1},"ok":"😀 e\\u0301 \\u2028"}',
    );
    expect(inputProblems(body)).toEqual([
      { field: 'name', message: 'must not contain a NUL character' },
      { field: 'notes.0.text', message: 'must not contain a lone UTF-16 surrogate' },
      { field: '__proto__', message: '__proto__ is not an allowed key' },
    ]);
    let deep: unknown = 1;
    for (let i = 0; i < 40; i += 1) deep = [deep];
    expect(inputProblems({ deep })[0]?.message).toBe('is nested deeper than 32');
    expect(inputProblems({ fine: ['astral 😀', 'combining e\u0301', '\u2028'] })).toEqual([]);
  });
});

describe('parseQueryJson', () => {
  it('builds objects without a prototype and refuses prototype keys', () => {
    const parsed = parseQueryJson('{"a":{"b":1}}', 'filter');
    expect(parsed.ok && Object.getPrototypeOf((parsed.value as { a: object }).a)).toBeNull();
    expect(parseQueryJson('{"constructor":1}', 'filter')).toEqual({
      ok: false,
      errors: [{ field: 'filter.constructor', message: 'constructor is not an allowed key' }],
    });
    expect(parseQueryJson('{', 'sort')).toEqual({
      ok: false,
      errors: [{ field: 'sort', message: 'is not valid JSON' }],
    });
  });
});

describe('dateInput', () => {
  it.each(['1900-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-05-01'])('accepts %s', (text) => {
    expect(dateInput.safeParse(text).success).toBe(true);
  });
  it.each([
    '-100000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '1899-12-31T23:59:59Z',
    'tomorrow',
  ])('refuses %s', (text) => {
    expect(dateInput.safeParse(text).success).toBe(false);
  });
});
