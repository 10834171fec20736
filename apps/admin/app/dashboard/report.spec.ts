import { describe, expect, it } from '@jest/globals';
import { toCsv } from '../common/csv.js';
import type { Stats } from '../providers/data-provider.js';
import { dashboardCsvRows, defaultPeriod, monthFilters, percent, periodFilters } from './report.js';

const stats: Stats = {
  openByStatus: { awaiting_approval: 2 },
  openByType: { access: 1, erasure: 1 },
  openByJurisdiction: { gdpr: 2 },
  dueThisWeek: 1,
  overdue: 0,
  medianDaysToComplete: 9,
  weekly: [],
  generatedAt: '2026-12-01T00:00:00Z',
  period: {
    from: '2026-10-01',
    to: '2026-11-30',
    received: 5,
    completed: 4,
    onTime: 3,
    late: 1,
    onTimeRate: 0.75,
    medianDaysToComplete: 12.5,
    p90DaysToComplete: 28,
    byMonth: [
      { month: '2026-10', received: 2, completed: 1 },
      { month: '2026-11', received: 3, completed: 3 },
    ],
  },
};

describe('the dashboard report', () => {
  it('defaults to the last 90 days and links a period as whole days', () => {
    expect(defaultPeriod(new Date('2026-12-01T10:00:00Z'))).toEqual({
      from: '2026-09-03',
      to: '2026-12-01',
    });
    expect(periodFilters({ from: '2026-10-01', to: '2026-11-30' })).toEqual({
      after: '2026-10-01T00:00:00.000Z',
      before: '2026-12-01T00:00:00.000Z',
    });
  });

  it('says a rate as a percentage, and none as a dash', () => {
    expect(percent(0.75)).toBe('75%');
    expect(percent(2 / 3)).toBe('66.7%');
    expect(percent(null)).toBe('—');
  });

  it('exports every figure and month as CSV', () => {
    const csv = toCsv(dashboardCsvRows(stats));
    expect(csv.split('\r\n')[0]).toBe('section,figure,value');
    expect(csv).toContain('period,on-time rate,75%');
    expect(csv).toContain('period,90th percentile days to complete,28');
    expect(csv).toContain('open by regime,gdpr,2');
    expect(csv).toContain('month 2026-11,completed,3');
  });

  it('a month of the report lists that month within the period, edges cut by the period', () => {
    const period = { from: '2026-10-15', to: '2026-12-10' };
    expect(monthFilters(period, '2026-10')).toEqual({
      after: '2026-10-15T00:00:00.000Z',
      before: '2026-11-01T00:00:00.000Z',
    });
    expect(monthFilters(period, '2026-11')).toEqual({
      after: '2026-11-01T00:00:00.000Z',
      before: '2026-12-01T00:00:00.000Z',
    });
    expect(monthFilters(period, '2026-12')).toEqual({
      after: '2026-12-01T00:00:00.000Z',
      before: '2026-12-11T00:00:00.000Z',
    });
  });
});
