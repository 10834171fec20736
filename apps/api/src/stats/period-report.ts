/** The figures a DPO reports for a period: answered on time, how long it took, per month. */
export interface PeriodReport {
  from: string;
  to: string;
  received: number;
  completed: number;
  /** Completed by the deadline in force (extensions count), of those completed in the period. */
  onTime: number;
  late: number;
  /** onTime / completed, 0–1; null when nothing was completed. */
  onTimeRate: number | null;
  medianDaysToComplete: number | null;
  p90DaysToComplete: number | null;
  /** Each calendar month (UTC) the period touches, oldest first; months without rows are zero. */
  byMonth: { month: string; received: number; completed: number }[];
}

const DAY_MS = 86_400_000;

/**
 * The period a query names: `from` and `to` are calendar days (UTC), both included; the default
 * is the last 90 days. Returns the half-open instant range the SQL uses.
 */
export function periodRange(from?: string, to?: string, now = new Date()) {
  const end = to ? new Date(`${to}T00:00:00Z`) : new Date(now.toISOString().slice(0, 10));
  const start = from ? new Date(`${from}T00:00:00Z`) : new Date(end.getTime() - 89 * DAY_MS);
  return { start, endExclusive: new Date(end.getTime() + DAY_MS), from: day(start), to: day(end) };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The months between two days (inclusive), as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last || months.length > 240) return months;
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
}

/** Fills the months the database had no rows for. */
export function monthlySeries(
  from: string,
  to: string,
  rows: { month: string; received: number; completed: number }[],
): PeriodReport['byMonth'] {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return monthsBetween(from, to).map((month) => ({
    month,
    received: byMonth.get(month)?.received ?? 0,
    completed: byMonth.get(month)?.completed ?? 0,
  }));
}

export const roundDays = (days: number | string | null | undefined) =>
  days === null || days === undefined ? null : Math.round(Number(days) * 10) / 10;
