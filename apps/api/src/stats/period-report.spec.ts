import { describe, expect, it } from '@jest/globals';
import { monthlySeries, monthsBetween, periodRange } from './period-report.js';

describe('the reporting period', () => {
  it('takes both named days whole', () => {
    const range = periodRange('2026-01-01', '2026-03-31');
    expect(range.start.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(range.endExclusive.toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });

  it('defaults to the last 90 days, today included', () => {
    const range = periodRange(undefined, undefined, new Date('2026-12-01T15:00:00Z'));
    expect([range.from, range.to]).toEqual(['2026-09-03', '2026-12-01']);
  });

  it('lists every month the period touches, across a year end', () => {
    expect(monthsBetween('2025-11-15', '2026-02-03')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('fills months without requests with zeros', () => {
    expect(
      monthlySeries('2026-01-01', '2026-03-31', [{ month: '2026-02', received: 3, completed: 1 }]),
    ).toEqual([
      { month: '2026-01', received: 0, completed: 0 },
      { month: '2026-02', received: 3, completed: 1 },
      { month: '2026-03', received: 0, completed: 0 },
    ]);
  });
});
