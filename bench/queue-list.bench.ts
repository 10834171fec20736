/**
 * The staff queue (admin requests list) over BENCH_ROWS requests (200,000; the issue: 1,000,000)
 * on real Postgres with the migrations' indexes, the api over HTTP as React-Admin calls it:
 * p50/p95/p99 per filter + sort + paging the UI offers, and each page query's EXPLAIN ANALYZE.
 * The baseline is the database's own execution time of the same page query.
 * BENCH_CALLS sets the calls per scenario; BENCH_DATABASE_URL reuses a database seeded by an
 * earlier run (it is then kept); BENCH_KEEP_DATABASE=1 keeps the one this run seeds and prints its
 * URL, for such reuse (seeding a million requests takes minutes).
 */
import { afterAll, beforeAll, it } from '@jest/globals';
import pg from 'pg';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { StaffAccounts } from '@dsar/staff';
import { createTestDatabase, PrivateRedis, testConfig, type TestDatabase } from '@dsar/testing';
import { DataSource } from 'typeorm';
import { RequestEntity } from '@dsar/persistence';
import { createApiApp } from '../apps/api/src/create-app.js';
import { parseListQuery } from '../apps/api/src/admin/listing/list-query.js';
import { EXACT_COUNT_LIMIT, orderPage } from '../apps/api/src/admin/listing/list-runner.js';
import { REQUEST_LIST } from '../apps/api/src/admin/requests/request-list.js';
import { bench, note, percentile } from './support/report.js';

const ROWS = Number(process.env.BENCH_QUEUE_ROWS ?? 200_000);
const CALLS = Number(process.env.BENCH_CALLS ?? 40);
const REUSED_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const KEEP_DATABASE = process.env.BENCH_KEEP_DATABASE === '1';
let database: TestDatabase | null = null;
let redis: PrivateRedis;
let api: NestExpressApplication;
let baseUrl: string;
let token: string;
let assigneeId: string;

/** Statuses as a live desk would have them: mostly closed, a working set open. */
const SEED = `
  INSERT INTO requests (reference, type, status, jurisdiction, email, name, source, received_at, due_at,
                        extended_due_at, assignee_id, closed_at, identities)
  SELECT 'DSR-2025-' || lpad(n::text, 7, '0'),
         (ARRAY['access','erasure','rectification'])[1 + n % 3],
         CASE WHEN n % 100 < 70 THEN 'completed' WHEN n % 100 < 75 THEN 'pending_verification'
              WHEN n % 100 < 83 THEN 'awaiting_approval' WHEN n % 100 < 93 THEN 'in_progress'
              WHEN n % 100 < 95 THEN 'action_required' WHEN n % 100 < 98 THEN 'denied' ELSE 'cancelled' END,
         CASE WHEN n % 4 = 0 THEN 'ccpa' ELSE 'gdpr' END,
         'subject' || n || '@example.com', 'Person ' || n, 'web',
         received, received + interval '30 days',
         CASE WHEN n % 50 = 0 THEN received + interval '90 days' END,
         CASE WHEN n % 7 = 0 THEN $1::uuid END,
         CASE WHEN n % 100 < 70 OR n % 100 >= 95 THEN received + interval '20 days' END,
         '{}'::jsonb
    FROM (SELECT n, now() - (n % 730) * interval '1 day' - (n % 1440) * interval '1 minute' AS received
            FROM generate_series($2::int, $3::int) n) AS source`;

beforeAll(async () => {
  database = REUSED_DATABASE_URL ? null : await createTestDatabase('dsar_bench');
  const databaseUrl = REUSED_DATABASE_URL ?? database!.url;
  redis = await new PrivateRedis().start();
  api = await createApiApp(
    testConfig({ DATABASE_URL: databaseUrl, REDIS_URL: redis.url, LOG_LEVEL: 'error' }),
  );
  await api.listen(0, '127.0.0.1');
  baseUrl = `http://127.0.0.1:${(api.getHttpServer().address() as { port: number }).port}`;
  const accounts = api.get(StaffAccounts);
  const officer =
    (await accounts.findByEmail('bench@staff.example')) ??
    (await accounts.create(
      {
        email: 'bench@staff.example',
        name: 'Bench',
        role: 'officer',
        password: 'bench password 123',
      },
      { type: 'system', id: null },
    ));
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  if (database) {
    assigneeId = officer.id;
    const started = performance.now();
    for (let from = 1; from <= ROWS; from += 100_000) {
      await db.query(SEED, [assigneeId, from, Math.min(ROWS, from + 99_999)]);
    }
    await db.query('VACUUM ANALYZE requests');
    note(`seeded ${ROWS} requests in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } else {
    const found = await db.query(
      `SELECT assignee_id FROM requests WHERE assignee_id IS NOT NULL LIMIT 1`,
    );
    assigneeId = found.rows[0].assignee_id;
  }
  await db.end();
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@staff.example', password: 'bench password 123' }),
  });
  token = ((await login.json()) as { token: string }).token;
}, 30 * 60_000);

afterAll(async () => {
  await api?.close();
  await redis?.stop();
  if (database && KEEP_DATABASE)
    note(`kept the seeded database: BENCH_DATABASE_URL=${database.url}`);
  else await database?.drop();
}, 120_000);

function query(filter: object, sort: [string, string], page: number, perPage = 25): string {
  const range = [(page - 1) * perPage, page * perPage - 1];
  return new URLSearchParams({
    filter: JSON.stringify(filter),
    sort: JSON.stringify(sort),
    range: JSON.stringify(range),
  }).toString();
}

/** EXPLAIN ANALYZE of one query: its plan lines without buffers and timings, and its time. */
async function analyze(sql: string, params: unknown[]): Promise<{ plan: string[]; ms: number }> {
  const rows = (await api.get(DataSource).query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)) as {
    'QUERY PLAN': string;
  }[];
  const lines = rows.map((row) => row['QUERY PLAN']);
  const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? '')?.[1] ?? NaN);
  return { plan: lines.filter((line) => !/^\s*Buffers:|Planning|Execution/.test(line)), ms };
}

/**
 * The bounded count the api runs beside a page (runList's countRows; skipped when a narrow
 * page ends short), under EXPLAIN ANALYZE: the scan it makes, and its time.
 */
async function explainCount(search: string): Promise<{ scan: string; ms: number }> {
  const parsed = parseListQuery(REQUEST_LIST, Object.fromEntries(new URLSearchParams(search)));
  const builder = api.get(DataSource).manager.createQueryBuilder(RequestEntity, 'r');
  for (const condition of parsed.conditions) builder.andWhere(condition.sql, condition.params);
  const [sql, params] = builder.select('1').getQueryAndParameters();
  const { plan, ms } = await analyze(
    `SELECT count(*)::int AS total FROM (${sql} LIMIT ${EXACT_COUNT_LIMIT + 1}) AS bounded`,
    params,
  );
  return { scan: plan.find((line) => /Scan/.test(line))?.trim() ?? plan.join(' '), ms };
}

/** The page query the api runs for these parameters (as runList builds it), under EXPLAIN ANALYZE. */
async function explain(search: string): Promise<{ plan: string[]; ms: number }> {
  const parsed = parseListQuery(REQUEST_LIST, Object.fromEntries(new URLSearchParams(search)));
  const builder = api.get(DataSource).manager.createQueryBuilder(RequestEntity, 'r');
  for (const condition of parsed.conditions) builder.andWhere(condition.sql, condition.params);
  orderPage(builder, parsed, 'r.id');
  const [sql, params] = builder.getQueryAndParameters();
  return analyze(sql, params);
}

it('prints list latencies', async () => {
  const soon = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const open = ['pending_verification', 'awaiting_approval', 'in_progress', 'action_required'];
  const scenarios: [string, (i: number) => string][] = [
    // The queue as it opens: open requests, the deadline in force first.
    [
      'open (default view), effectiveDueAt ASC, page 1',
      () => query({ status: open }, ['effectiveDueAt', 'ASC'], 1),
    ],
    [
      'open, effectiveDueAt ASC, page 20',
      () => query({ status: open }, ['effectiveDueAt', 'ASC'], 20),
    ],
    ['all, effectiveDueAt DESC, page 1', () => query({}, ['effectiveDueAt', 'DESC'], 1)],
    [
      'status, effectiveDueAt ASC, page 3',
      () => query({ status: 'in_progress' }, ['effectiveDueAt', 'ASC'], 3),
    ],
    ['type, effectiveDueAt ASC', () => query({ type: 'erasure' }, ['effectiveDueAt', 'ASC'], 1)],
    [
      'jurisdiction, effectiveDueAt ASC',
      () => query({ jurisdiction: 'ccpa' }, ['effectiveDueAt', 'ASC'], 1),
    ],
    ['assignee, effectiveDueAt ASC', () => query({ assigneeId }, ['effectiveDueAt', 'ASC'], 1)],
    [
      'open + dueBefore (due within 7 days), effectiveDueAt ASC',
      () => query({ status: open, dueBefore: soon }, ['effectiveDueAt', 'ASC'], 1),
    ],
    ['reference sort, page 1', () => query({}, ['reference', 'ASC'], 1)],
    ['receivedAt DESC, page 1', () => query({}, ['receivedAt', 'DESC'], 1)],
    [
      'open + q (e-mail fragment), effectiveDueAt ASC',
      (i) => query({ status: open, q: `subject${9000 + i * 7}@` }, ['effectiveDueAt', 'ASC'], 1),
    ],
    ['no filter, dueAt ASC, page 1', () => query({}, ['dueAt', 'ASC'], 1)],
    [
      'status, receivedAt DESC, page 40',
      () => query({ status: 'awaiting_approval' }, ['receivedAt', 'DESC'], 40),
    ],
    [
      'open statuses + type + jurisdiction, dueAt ASC, page 3',
      () =>
        query(
          {
            status: ['awaiting_approval', 'in_progress', 'action_required'],
            type: 'erasure',
            jurisdiction: 'gdpr',
          },
          ['dueAt', 'ASC'],
          3,
        ),
    ],
    ['overdue, dueAt ASC, page 2', () => query({ overdue: true }, ['dueAt', 'ASC'], 2)],
    [
      'assignee + status, dueAt ASC, page 1',
      () => query({ assigneeId, status: 'in_progress' }, ['dueAt', 'ASC'], 1),
    ],
    ['dueBefore, dueAt DESC, page 1', () => query({ dueBefore: soon }, ['dueAt', 'DESC'], 1)],
    [
      'q (e-mail fragment), dueAt ASC',
      (i) => query({ q: `subject${9000 + i * 7}@` }, ['dueAt', 'ASC'], 1),
    ],
    [
      'reference, id ASC',
      (i) =>
        query(
          { reference: `DSR-2025-${String(1000 + i * 13).padStart(7, '0')}` },
          ['id', 'ASC'],
          1,
        ),
    ],
  ];
  const all: number[] = [];
  const lines: string[] = [];
  let worstP95 = 0;
  let worstSql = 0;
  for (const [name, build] of scenarios) {
    const { plan, ms } = await explain(build(0));
    worstSql = Math.max(worstSql, ms);
    const count = await explainCount(build(0));
    note(
      `EXPLAIN ${name} (${ms.toFixed(1)} ms in Postgres):`,
      ...plan.map((line) => `  ${line}`),
      `  count (${count.ms.toFixed(1)} ms in Postgres): ${count.scan}`,
    );
    const times: number[] = [];
    for (let i = 0; i < CALLS + 5; i += 1) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/admin/requests?${build(i)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${name}: ${response.status}`);
      if (i >= 5) times.push(performance.now() - started); // the first calls warm caches
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    worstP95 = Math.max(worstP95, percentile(times, 95));
    lines.push(
      `${name.padEnd(58)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms  p99 ${percentile(times, 99).toFixed(1).padStart(6)} ms`,
    );
  }
  all.sort((a, b) => a - b);
  note(
    `staff queue over ${ROWS.toLocaleString('en')} requests, ${CALLS} calls per scenario, 25 rows a page:`,
    ...lines,
    `all scenarios: p50 ${percentile(all, 50).toFixed(1)} ms  p95 ${percentile(all, 95).toFixed(1)} ms  p99 ${percentile(all, 99).toFixed(1)} ms`,
  );
  bench('queue_list_p95', worstP95, 'ms', 1);
  bench('queue_list_sql_worst_ms', worstSql, 'ms', 1);
});
