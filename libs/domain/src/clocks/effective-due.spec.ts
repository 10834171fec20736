import { describe, expect, it } from '@jest/globals';
import { effectiveDueAt, effectiveDueAtSql } from './effective-due.js';

const due = new Date('2027-01-31T23:59:59.999Z');
const extended = new Date('2027-03-31T23:59:59.999Z');

describe('the effective due date', () => {
  it('is the extended date when there is one, the original otherwise', () => {
    expect(effectiveDueAt({ dueAt: due, extendedDueAt: extended })).toBe(extended);
    expect(effectiveDueAt({ dueAt: due, extendedDueAt: null })).toBe(due);
    expect(effectiveDueAt({ dueAt: due })).toBe(due);
  });

  it('is the same rule in SQL, by column or by entity property', () => {
    expect(effectiveDueAtSql()).toBe('COALESCE(extended_due_at, due_at)');
    expect(effectiveDueAtSql('r')).toBe('COALESCE(r.extended_due_at, r.due_at)');
    expect(effectiveDueAtSql('r', 'properties')).toBe('COALESCE(r.extendedDueAt, r.dueAt)');
  });

  it('refuses an alias that is not a plain name', () => {
    expect(() => effectiveDueAtSql('r; --')).toThrow(RangeError);
  });
});
