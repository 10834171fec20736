/**
 * Access package for one subject with BENCH_PACKAGE_ROWS rows (1,000,000), read by the real
 * PostgreSQL connector (a dataset map registered through the admin API, the whole stack and its
 * worker in this process): seconds from approval to `completed` (rows spooled, zip built and
 * encrypted), how far the process RSS rises above its idle RSS meanwhile, and the ratio to a raw
 * `COPY (SELECT … the same rows) TO STDOUT` through psql. With BENCH_CPU_PROF=<dir>, a CPU profile
 * of that phase (the worker runs in this process).
 */
import { afterAll, beforeAll, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { createTestDatabase, waitFor, type TestDatabase } from '@dsar/testing';
import { startTestStack, type TestStack } from '../e2e/support/test-stack.js';
import {
  awaitingApproval,
  call,
  signIn,
  type SignedIn,
} from '../apps/api/src/admin/testing/staff-test-kit.js';
import { registerEventsSystem } from './support/events-system.js';
import { bench, note, profiled } from './support/report.js';

const ROWS = Number(process.env.BENCH_PACKAGE_ROWS ?? 1_000_000);
const SUBJECT = 'ada@example.com';
let stack: TestStack;
let company: TestDatabase;
let db: pg.Client;
let officer: SignedIn;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

beforeAll(async () => {
  stack = await startTestStack({ env: { OUTBOUND_ALLOWLIST: '127.0.0.1', LOG_LEVEL: 'error' } });
  company = await createTestDatabase('company', { migrate: false });
  const companyDb = new pg.Client({ connectionString: company.url });
  await companyDb.connect();
  await companyDb.query(`
    CREATE TABLE events (id serial PRIMARY KEY, email text, kind text, page text, referrer text, user_agent text, created_at timestamptz, name text, erased_at timestamptz);
    INSERT INTO events (email, kind, page, referrer, user_agent, created_at)
      SELECT CASE WHEN n <= ${ROWS} THEN '${SUBJECT}' ELSE 'other' || n || '@example.com' END,
             'page_view', '/products/' || (n % 997), 'https://search.example/?q=' || md5(n::text),
             'Mozilla/5.0 (X11; Linux x86_64) bench/' || (n % 13), now() - (n || ' minutes')::interval
        FROM generate_series(1, ${ROWS} + 10000) n;
    CREATE INDEX ON events (email);`);
  await companyDb.query('VACUUM ANALYZE events');
  await companyDb.end();
  const admin = await signIn(stack, 'admin');
  officer = await signIn(stack, 'officer');
  await registerEventsSystem(stack, admin, company.url, {
    email: { category: 'user.contact.email', erasure: 'hash' },
    page: { category: 'user.behavior.browsing_history', erasure: 'null' },
    referrer: { category: 'user.behavior.browsing_history', erasure: 'null' },
    user_agent: { category: 'user.device', erasure: 'null' },
    name: { category: 'user.name', erasure: 'null' },
  });
  db = new pg.Client({ connectionString: stack.database.url });
  await db.connect();
}, 300_000);

afterAll(async () => {
  await db?.end();
  await stack?.stop();
  await company?.drop();
}, 120_000);

it('prints access-package figures', async () => {
  global.gc?.();
  const idle = process.memoryUsage.rss();
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  const started = performance.now();
  const request = await awaitingApproval(stack, SUBJECT, 'access');
  const requestId = request.id;
  await profiled('access-package', async () => {
    const approved = await call(
      stack,
      'POST',
      `/api/admin/requests/${requestId}/approve`,
      officer.token,
      {},
    );
    if (approved.status !== 200) throw new Error(`approve: ${approved.status}`);
    await waitFor(
      async () =>
        (await db.query('SELECT status FROM requests WHERE id = $1', [requestId])).rows[0]?.status,
      (status) => {
        if (status === 'action_required') throw new Error('the access request needs staff');
        return status === 'completed';
      },
      20 * 60_000,
    );
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const pkg = (
    await db.query('SELECT row_count, size_bytes FROM access_packages WHERE request_id = $1', [
      requestId,
    ])
  ).rows[0];
  const phases = (
    await db.query(
      `SELECT extract(epoch FROM t.finished_at - t.started_at) AS spool_s, extract(epoch FROM r.completed_at - t.finished_at) AS package_s
       FROM store_tasks t JOIN requests r ON r.id = t.request_id WHERE r.id = $1`,
      [requestId],
    )
  ).rows[0];

  const copyStarted = performance.now();
  await promisify(execFile)('sh', [
    '-c',
    `psql "${company.url}" -c "COPY (SELECT * FROM events WHERE email = '${SUBJECT}' ORDER BY id) TO STDOUT" > /dev/null`,
  ]);
  const copySeconds = (performance.now() - copyStarted) / 1000;
  note(
    `access package: one subject, ${pkg.row_count} rows (one system)`,
    `approval → completed: ${seconds.toFixed(2)} s (rows to spool ${Number(phases.spool_s).toFixed(2)} s, zip + encrypt ${Number(phases.package_s).toFixed(2)} s)`,
    `package: ${mb(Number(pkg.size_bytes))} MB encrypted (JSON + CSV + report)`,
    `RSS: idle ${mb(idle)} MB, peak ${mb(peak)} MB`,
  );
  bench('package_1m_seconds', seconds, 's', 2);
  bench('raw_copy_seconds', copySeconds, 's', 2);
  bench('package_1m_vs_copy', seconds / copySeconds, 'ratio', 2);
  bench('package_1m_rss_rise', (peak - idle) / 1024 / 1024, 'MB', 1);
});
