/**
 * Erasure over a large table: one subject's BENCH_SUBJECT_ROWS rows (2,000) in a table of
 * BENCH_ERASURE_ROWS rows (1,000,000; the issue: 5,000,000), found by an indexed e-mail column,
 * erased by the real PostgreSQL connector (a dataset map registered through the admin API, the
 * whole stack in this process). Timed: the store task's run (started → finished in Postgres),
 * beside the raw UPDATE that makes the same change to another subject's rows, BENCH_ERASURE_RUNS
 * times each in turn (3; the medians are printed). A first erasure of another subject runs
 * before, as in any fan-out where the system's connection is already open (its own time is
 * printed as the cold figure).
 */
import { afterAll, beforeAll, it } from '@jest/globals';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { startTestStack, type TestStack } from '../e2e/support/test-stack.js';
import {
  awaitingApproval,
  call,
  signIn,
  type SignedIn,
} from '../apps/api/src/admin/testing/staff-test-kit.js';
import { registerEventsSystem } from './support/events-system.js';
import { bench, note, percentile } from './support/report.js';

const ROWS = Number(process.env.BENCH_ERASURE_ROWS ?? 1_000_000);
const SUBJECT_ROWS = Number(process.env.BENCH_SUBJECT_ROWS ?? 2000);
/** Timed runs of each (the median is printed): one task and one raw UPDATE, in turn. */
const RUNS = Number(process.env.BENCH_ERASURE_RUNS ?? 3);
const COLD = 'cold@example.com';
const taskSubject = (run: number) => `task${run}@example.com`;
const rawSubject = (run: number) => `raw${run}@example.com`;
const SUBJECTS = [
  COLD,
  ...Array.from({ length: RUNS }, (_, run) => [taskSubject(run), rawSubject(run)]).flat(),
];
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
let stack: TestStack;
let company: TestDatabase;
let companyDb: pg.Client;
let db: pg.Client;
let officer: SignedIn;

beforeAll(async () => {
  stack = await startTestStack({ env: { OUTBOUND_ALLOWLIST: '127.0.0.1', LOG_LEVEL: 'error' } });
  company = await createTestDatabase('company', { migrate: false });
  companyDb = new pg.Client({ connectionString: company.url });
  await companyDb.connect();
  const started = performance.now();
  // Block k of SUBJECT_ROWS rows belongs to subject k: the cold one, then the task's and the raw
  // UPDATE's subjects of each run; the rest to others, one row each.
  await companyDb.query(`
    CREATE TABLE events (id bigserial PRIMARY KEY, email text NOT NULL, name text, page text, created_at timestamptz NOT NULL);
    INSERT INTO events (email, name, page, created_at)
      SELECT CASE WHEN n <= ${SUBJECTS.length * SUBJECT_ROWS}
                  THEN (ARRAY[${SUBJECTS.map((email) => `'${email}'`).join(', ')}])[(n - 1) / ${SUBJECT_ROWS} + 1]
                  ELSE 'other' || n || '@example.com' END,
             'Person ' || n, '/products/' || (n % 997), now() - (n || ' seconds')::interval
        FROM generate_series(1, ${ROWS}) n;
    CREATE INDEX events_by_email ON events (email);`);
  await companyDb.query('VACUUM ANALYZE events'); // never inside the multi-statement block
  note(
    `seeded ${ROWS.toLocaleString('en')} rows in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  const admin = await signIn(stack, 'admin');
  officer = await signIn(stack, 'officer');
  await registerEventsSystem(stack, admin, company.url, {
    email: { category: 'user.contact.email', erasure: 'hash' },
    name: { category: 'user.name', erasure: 'null' },
  });
  db = new pg.Client({ connectionString: stack.database.url });
  await db.connect();
}, 30 * 60_000);

afterAll(async () => {
  await db?.end();
  await companyDb?.end();
  await stack?.stop();
  await company?.drop();
}, 120_000);

/** Approves one erasure and waits for it: the store task's own run and approval → completed. */
async function erase(email: string): Promise<{ runSeconds: number; endToEnd: number }> {
  const request = await awaitingApproval(stack, email, 'erasure');
  const started = performance.now();
  const approved = await call(
    stack,
    'POST',
    `/api/admin/requests/${request.id}/approve`,
    officer.token,
    {},
  );
  if (approved.status !== 200) throw new Error(`approve: ${approved.status}`);
  let task: { run_s: string; state: string; status: string } | undefined;
  for (;;) {
    task = (
      await db.query(
        `SELECT extract(epoch FROM t.finished_at - t.started_at) AS run_s, t.state, r.status
           FROM store_tasks t JOIN requests r ON r.id = t.request_id WHERE r.id = $1`,
        [request.id],
      )
    ).rows[0];
    if (task && ['completed', 'action_required'].includes(task.status)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (task.state !== 'succeeded') throw new Error(`the erasure task ended ${task.state}`);
  return { runSeconds: Number(task.run_s), endToEnd: (performance.now() - started) / 1000 };
}

/** The same change by hand: the subject's rows by the same index, in one transaction. */
async function rawUpdate(email: string): Promise<number> {
  const started = performance.now();
  await companyDb.query('BEGIN');
  await companyDb.query(
    `UPDATE events SET name = NULL, email = 'hmac-sha256:' || md5(email) WHERE email = $1`,
    [email],
  );
  await companyDb.query('COMMIT');
  return (performance.now() - started) / 1000;
}

it('prints erasure figures', async () => {
  const cold = await erase(COLD);
  const tasks: { runSeconds: number; endToEnd: number }[] = [];
  const raws: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    tasks.push(await erase(taskSubject(run)));
    raws.push(await rawUpdate(rawSubject(run)));
  }
  const [erased] = (
    await companyDb.query(
      `SELECT count(*)::int AS n FROM events WHERE name IS NULL AND email LIKE 'hmac-sha256:%'`,
    )
  ).rows;
  const runSeconds = median(tasks.map((task) => task.runSeconds));
  const raw = median(raws);
  const endToEnd = median(tasks.map((task) => task.endToEnd));

  note(
    `erasure: ${SUBJECT_ROWS} rows of one subject in a ${ROWS.toLocaleString('en')}-row table (indexed e-mail); ${erased.n} rows erased in all`,
    `median of ${RUNS} runs each: approval → completed ${endToEnd.toFixed(2)} s; the store task ran ${runSeconds.toFixed(3)} s (${tasks.map((task) => task.runSeconds.toFixed(3)).join(', ')}); raw ${raws.map((value) => value.toFixed(3)).join(', ')}`,
    `the first erasure (a new connection, the catalogue read cold) ran ${cold.runSeconds.toFixed(3)} s`,
  );
  bench('erasure_cold_task_seconds', cold.runSeconds, 's', 3);
  bench('erasure_task_seconds', runSeconds, 's', 3);
  bench('raw_update_seconds', raw, 's', 3);
  bench('erasure_5m_vs_raw', runSeconds / raw, 'ratio', 2);
});
