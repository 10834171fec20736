import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { effectiveDueAtSql, JURISDICTIONS, OPEN_STATUSES, REQUEST_TYPES } from '@dsar/domain';
import { type DashboardStats, WEEKS, weekStart, weeklySeries } from './stats-figures.js';
import { monthlySeries, type PeriodReport, periodRange, roundDays } from './period-report.js';

const DUE = effectiveDueAtSql();

/** Reads the dashboard's figures from the requests table in one round of queries. */
@Injectable()
export class DashboardStatsReader {
  constructor(private readonly dataSource: DataSource) {}

  async read(now = new Date()): Promise<DashboardStats> {
    const open = [...OPEN_STATUSES];
    const inAWeek = new Date(now.getTime() + 7 * 86_400_000);
    const since = weekStart(new Date(now.getTime() - (WEEKS - 1) * 7 * 86_400_000));
    const [byStatus, deadlines, median, weekly] = await Promise.all([
      this.dataSource.query(
        `SELECT status, count(*)::int AS count FROM requests WHERE status = ANY($1) GROUP BY status`,
        [open],
      ) as Promise<{ status: string; count: number }[]>,
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE ${DUE} < $2)::int AS overdue,
                count(*) FILTER (WHERE ${DUE} >= $2 AND ${DUE} < $3)::int AS "dueThisWeek"
           FROM requests WHERE status = ANY($1)`,
        [open, now, inAWeek],
      ) as Promise<{ overdue: number; dueThisWeek: number }[]>,
      this.dataSource.query(
        `SELECT percentile_cont(0.5) WITHIN GROUP (
                  ORDER BY extract(epoch FROM completed_at - received_at) / 86400) AS median
           FROM requests WHERE status = 'completed' AND completed_at >= $1`,
        [new Date(now.getTime() - 90 * 86_400_000)],
      ) as Promise<{ median: number | null }[]>,
      this.dataSource.query(
        `SELECT week, sum(received)::int AS received, sum(completed)::int AS completed FROM (
             SELECT date_trunc('week', received_at AT TIME ZONE 'UTC') AS week, 1 AS received, 0 AS completed
               FROM requests WHERE received_at >= $1
             UNION ALL
             SELECT date_trunc('week', completed_at AT TIME ZONE 'UTC'), 0, 1
               FROM requests WHERE status = 'completed' AND completed_at >= $1
           ) AS events GROUP BY week`,
        [since],
      ) as Promise<{ week: Date | string; received: number; completed: number }[]>,
    ]);
    const openByStatus = Object.fromEntries(open.map((status) => [status, 0]));
    for (const row of byStatus) openByStatus[row.status] = row.count;
    const medianDays = median[0]?.median;
    return {
      openByStatus,
      dueThisWeek: deadlines[0]?.dueThisWeek ?? 0,
      overdue: deadlines[0]?.overdue ?? 0,
      medianDaysToComplete: medianDays == null ? null : Math.round(Number(medianDays) * 10) / 10,
      // `date_trunc` of a timestamp without zone comes back as a local Date: read its fields as UTC.
      weekly: weeklySeries(
        now,
        weekly.map((row) => ({ ...row, week: asUtcDate(row.week) })),
      ),
      generatedAt: now.toISOString(),
    };
  }
}

/** Open requests by type and by regime (jurisdiction), every value present. */
export interface OpenBreakdown {
  openByType: Record<string, number>;
  openByJurisdiction: Record<string, number>;
}

/** The period report and the open breakdown, read alongside the dashboard's figures. */
@Injectable()
export class PeriodReportReader {
  constructor(private readonly dataSource: DataSource) {}

  async openBreakdown(): Promise<OpenBreakdown> {
    const rows = (await this.dataSource.query(
      `SELECT type, jurisdiction, count(*)::int AS count FROM requests
        WHERE status = ANY($1) GROUP BY type, jurisdiction`,
      [[...OPEN_STATUSES]],
    )) as { type: string; jurisdiction: string; count: number }[];
    const openByType = zeroes(REQUEST_TYPES);
    const openByJurisdiction = zeroes(JURISDICTIONS);
    for (const row of rows) {
      openByType[row.type] = (openByType[row.type] ?? 0) + row.count;
      openByJurisdiction[row.jurisdiction] =
        (openByJurisdiction[row.jurisdiction] ?? 0) + row.count;
    }
    return { openByType, openByJurisdiction };
  }

  async read(from?: string, to?: string, now = new Date()): Promise<PeriodReport> {
    const range = periodRange(from, to, now);
    const params = [range.start, range.endExclusive];
    const [completion, received, months] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*)::int AS completed,
                count(*) FILTER (WHERE completed_at <= ${DUE})::int AS "onTime",
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - received_at) / 86400) AS median,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - received_at) / 86400) AS p90
           FROM requests WHERE status = 'completed' AND completed_at >= $1 AND completed_at < $2`,
        params,
      ) as Promise<
        { completed: number; onTime: number; median: number | null; p90: number | null }[]
      >,
      this.dataSource.query(
        `SELECT count(*)::int AS received FROM requests WHERE received_at >= $1 AND received_at < $2`,
        params,
      ) as Promise<{ received: number }[]>,
      this.dataSource.query(
        `SELECT month, sum(received)::int AS received, sum(completed)::int AS completed FROM (
             SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, 1 AS received, 0 AS completed
               FROM requests WHERE received_at >= $1 AND received_at < $2
             UNION ALL
             SELECT to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM'), 0, 1
               FROM requests WHERE status = 'completed' AND completed_at >= $1 AND completed_at < $2
           ) AS events GROUP BY month`,
        params,
      ) as Promise<{ month: string; received: number; completed: number }[]>,
    ]);
    const done = completion[0] ?? { completed: 0, onTime: 0, median: null, p90: null };
    return {
      from: range.from,
      to: range.to,
      received: received[0]?.received ?? 0,
      completed: done.completed,
      onTime: done.onTime,
      late: done.completed - done.onTime,
      onTimeRate: done.completed ? done.onTime / done.completed : null,
      medianDaysToComplete: roundDays(done.median),
      p90DaysToComplete: roundDays(done.p90),
      byMonth: monthlySeries(range.from, range.to, months),
    };
  }
}

/** Every value of a list, counted 0 until rows say otherwise. */
function zeroes(values: readonly string[]): Record<string, number> {
  return Object.fromEntries(values.map((value) => [value, 0]));
}

function asUtcDate(value: Date | string): Date {
  if (typeof value === 'string') return new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return new Date(Date.UTC(value.getFullYear(), value.getMonth(), value.getDate()));
}
