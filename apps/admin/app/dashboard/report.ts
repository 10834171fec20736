import type { Stats } from '../providers/data-provider.js';

export interface Period {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The last 90 days, today included (the api's default too). */
export function defaultPeriod(now = new Date()): Period {
  return { from: day(new Date(now.getTime() - 89 * DAY_MS)), to: day(now) };
}

/** The period as the requests list's filters: from the first day's start to the last day's end. */
export function periodFilters(period: Period): { after: string; before: string } {
  const end = new Date(`${period.to}T00:00:00Z`).getTime() + DAY_MS;
  return { after: `${period.from}T00:00:00.000Z`, before: new Date(end).toISOString() };
}

/**
 * One month of the report as the list's filters: the month (UTC, as the api counts it) within the
 * period, so a month cut by the period's edge lists the same requests the figure counts.
 */
export function monthFilters(period: Period, month: string): { after: string; before: string } {
  const whole = periodFilters(period);
  const start = `${month}-01T00:00:00.000Z`;
  const next = new Date(start);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const end = next.toISOString();
  return {
    after: start > whole.after ? start : whole.after,
    before: end < whole.before ? end : whole.before,
  };
}

export const percent = (rate: number | null) =>
  rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;

/** The report as CSV rows: one figure a line, then the months (what a DPO pastes into a report). */
export function dashboardCsvRows(stats: Stats): Record<string, string | number | null>[] {
  const p = stats.period;
  const rows: [string, string, string | number | null][] = [
    ['period', 'from', p.from],
    ['period', 'to', p.to],
    ['period', 'received', p.received],
    ['period', 'completed', p.completed],
    ['period', 'completed on time', p.onTime],
    ['period', 'completed late', p.late],
    ['period', 'on-time rate', percent(p.onTimeRate)],
    ['period', 'median days to complete', p.medianDaysToComplete],
    ['period', '90th percentile days to complete', p.p90DaysToComplete],
    ['now', 'overdue', stats.overdue],
    ['now', 'due within 7 days', stats.dueThisWeek],
    ...Object.entries(stats.openByStatus).map(
      ([status, n]) => ['open by status', status, n] as [string, string, number],
    ),
    ...Object.entries(stats.openByType).map(
      ([type, n]) => ['open by type', type, n] as [string, string, number],
    ),
    ...Object.entries(stats.openByJurisdiction).map(
      ([regime, n]) => ['open by regime', regime, n] as [string, string, number],
    ),
    ...p.byMonth.flatMap(
      (m) =>
        [
          [`month ${m.month}`, 'received', m.received],
          [`month ${m.month}`, 'completed', m.completed],
        ] as [string, string, number][],
    ),
  ];
  return rows.map(([section, figure, value]) => ({ section, figure, value }));
}
