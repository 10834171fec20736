import { describe, expect, it } from '@jest/globals';
import { DomainError, effectiveDueAtSql } from '@dsar/domain';
import { REQUEST_LIST } from '../requests/request-list.js';
import { contentRange, parseListQuery } from './list-query.js';

function nested(depth: number): unknown {
  return depth === 0 ? 1 : { a: nested(depth - 1) };
}

function errorsOf(query: Record<string, unknown>) {
  try {
    parseListQuery(REQUEST_LIST, query);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('invalid_input');
    return (error as DomainError).details?.errors;
  }
  throw new Error('expected a 400');
}

describe('parseListQuery', () => {
  it('maps sort fields to columns and filters to parameterised conditions', () => {
    const parsed = parseListQuery(REQUEST_LIST, {
      sort: '["receivedAt","desc"]',
      range: '[50,99]',
      filter: JSON.stringify({
        status: ['awaiting_approval', 'in_progress'],
        q: "o'brien%",
        reference: 'dsr-2026-000001',
      }),
    });
    expect(parsed.sort).toEqual({ column: 'r.receivedAt', order: 'DESC' });
    expect(parsed.range).toEqual({ start: 50, end: 99 });
    expect(parsed.conditions).toEqual([
      { sql: 'r.status IN (:...f0)', params: { f0: ['awaiting_approval', 'in_progress'] } },
      {
        sql: expect.stringContaining('ILIKE :f1'),
        params: { f1: "%o'brien\\%%" },
        // The trigram index finds the matches: the page is sorted from them.
        narrow: true,
      },
      { sql: 'r.reference = :f2', params: { f2: 'DSR-2026-000001' } },
    ]);
    for (const condition of parsed.conditions) expect(condition.sql).not.toContain('brien');
  });

  it('defaults to the first page sorted by the effective due date (extensions included)', () => {
    expect(parseListQuery(REQUEST_LIST, {})).toEqual({
      sort: { column: effectiveDueAtSql('r', 'properties'), order: 'ASC' },
      range: { start: 0, end: 24 },
      conditions: [],
    });
  });

  it('gives getMany (filter.id without range) every id asked for', () => {
    const ids = Array.from(
      { length: 300 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    expect(parseListQuery(REQUEST_LIST, { filter: JSON.stringify({ id: ids }) }).range).toEqual({
      start: 0,
      end: 299,
    });
  });

  it.each([
    [{ sort: '["email","ASC"]' }, 'sort.0'],
    [{ sort: '["dueAt","SIDEWAYS"]' }, 'sort.1'],
    [{ sort: 'dueAt' }, 'sort'],
    [{ range: '[10,5]' }, 'range'],
    [{ range: '[0,5000]' }, 'range'],
    [{ range: '["a",1]' }, 'range.0'],
    [{ filter: '[1]' }, 'filter'],
    [{ filter: '{"password":"x"}' }, 'filter.password'],
    [{ filter: '{"status":"nope"}' }, 'filter.status'],
    [{ filter: '{"assigneeId":"1; drop table requests"}' }, 'filter.assigneeId'],
    [{ filter: '{"overdue":"yes"}' }, 'filter.overdue'],
    [{ filter: '{"dueBefore":"tomorrow"}' }, 'filter.dueBefore'],
    [{ page: '2' }, 'page'],
    [{ sort: '["__proto__","ASC"]' }, 'sort.0'],
    [{ sort: '["toString","DESC"]' }, 'sort.0'],
    [{ sort: '["constructor","DESC"]' }, 'sort.0'],
    [{ filter: '{"constructor":1}' }, 'filter.constructor'],
    [{ filter: '{"__proto__":{"x":1}}' }, 'filter.__proto__'],
    [{ filter: '{"hasOwnProperty":1}' }, 'filter.hasOwnProperty'],
    [{ filter: '{"status":{"prototype":1}}' }, 'filter.status.prototype'],
    [{ filter: '{"q":"a\\u0000b"}' }, 'filter.q'],
    [{ filter: '{"q":"cut \\ud83d"}' }, 'filter.q'],
    [{ filter: '{"dueBefore":"-100000-01-01T00:00:00Z"}' }, 'filter.dueBefore'],
    [{ filter: '{"dueBefore":"1899-12-31T23:59:59Z"}' }, 'filter.dueBefore'],
    [{ filter: JSON.stringify({ q: 'x', deep: nested(40) }) }, `filter.deep${'.a'.repeat(31)}`],
  ])('refuses %j naming %s', (query, field) => {
    expect(errorsOf(query)).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('never lets a client name reach Object.prototype', () => {
    for (const sort of ['["__proto__","ASC"]', '["toString","ASC"]']) {
      expect(() => parseListQuery(REQUEST_LIST, { sort })).toThrow(DomainError);
    }
    expect(({} as Record<string, unknown>)['r.id']).toBeUndefined();
    const parsed = parseListQuery(REQUEST_LIST, { filter: '{"dueBefore":"9999-12-31"}' });
    expect(parsed.conditions).toHaveLength(1);
  });

  it('writes Content-Range for full and empty pages', () => {
    expect(contentRange('requests', 10, 5, 42)).toBe('requests 10-14/42');
    expect(contentRange('requests', 0, 0, 0)).toBe('requests */0');
  });
});
