import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { namePreparedStatements, prepared } from './prepared-statements.js';

describe('prepared, named', () => {
  beforeAll(() => namePreparedStatements(true));
  afterAll(() => namePreparedStatements(false));

  it('names one text the same every time, so each connection prepares it once', () => {
    const first = prepared('SELECT $1::int AS n', [1]);
    const again = prepared('SELECT $1::int AS n', [2]);
    expect(again.name).toBe(first.name);
    expect(again).toEqual({ name: first.name, text: 'SELECT $1::int AS n', values: [2] });
  });

  it('gives another text another name (PostgreSQL refuses one name for two texts)', () => {
    const names = ['SELECT 1', 'SELECT 2', 'SELECT 1 ', 'select 1'].map(
      (text) => prepared(text, []).name,
    );
    expect(new Set(names).size).toBe(4);
    for (const name of names) expect(name).toMatch(/^dsar_[0-9a-f]{24}$/);
  });
});

describe('prepared, in the embedded mode', () => {
  it('leaves the statement unnamed (one PGlite session serves every client)', () => {
    namePreparedStatements(false);
    expect(prepared('SELECT 1', [])).toEqual({ text: 'SELECT 1', values: [] });
  });
});
