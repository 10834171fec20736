/** The dashboard's figures: counts and series only, never a subject's data. */
export interface DashboardStats {
  /** Open requests per status (every open status present, zero when none). */
  openByStatus: Record<string, number>;
  /** Open requests whose deadline in force falls within the next seven days (not yet overdue). */
  dueThisWeek: number;
  /** Open requests past their deadline in force. */
  overdue: number;
  /** Median days from receipt to completion of requests completed in the last 90 days; null when none. */
  medianDaysToComplete: number | null;
  /** The last `WEEKS` ISO weeks (Monday, UTC), oldest first; weeks with nothing are zero. */
  weekly: { week: string; received: number; completed: number }[];
  generatedAt: string;
}

export const WEEKS = 12;
const DAY_MS = 86_400_000;

/** Monday 00:00 UTC of the week holding `date`. */
export function weekStart(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/** Fills the weeks the database had no rows for, so the chart's axis has no holes. */
export function weeklySeries(
  now: Date,
  rows: { week: Date; received: number; completed: number }[],
  weeks = WEEKS,
): DashboardStats['weekly'] {
  const byWeek = new Map(rows.map((row) => [weekStart(row.week).toISOString().slice(0, 10), row]));
  const last = weekStart(now).getTime();
  return Array.from({ length: weeks }, (_, index) => {
    const week = new Date(last - (weeks - 1 - index) * 7 * DAY_MS).toISOString().slice(0, 10);
    const row = byWeek.get(week);
    return { week, received: row?.received ?? 0, completed: row?.completed ?? 0 };
  });
}
