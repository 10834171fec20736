/**
 * Access package for one subject with BENCH_PACKAGE_ROWS rows (1,000,000; one system, real
 * Postgres, one worker in this process):
 * seconds from approval to `completed` (rows spooled, zip built and encrypted), how far the
 * process RSS rises above its idle RSS meanwhile, and the ratio to a raw
 * `COPY (SELECT … the same rows) TO STDOUT` through psql.
 */
import { afterAll, beforeAll, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { INestApplicationContext } from '@nestjs/common';
import { FanoutHarness } from '../apps/worker/src/fanout/testing/fanout-harness.js';
import { bench, note } from './support/report.js';

const ROWS = Number(process.env.BENCH_PACKAGE_ROWS ?? 1_000_000);
const harness = new FanoutHarness();
let worker: INestApplicationContext;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

beforeAll(async () => {
  await harness.start({ smtp: false });
  await harness.companyDb.query(`
    CREATE TABLE events (id serial PRIMARY KEY, email text, kind text, page text, referrer text, user_agent text, created_at timestamptz, name text, erased_at timestamptz);
    INSERT INTO events (email, kind, page, referrer, user_agent, created_at)
      SELECT CASE WHEN n <= ${ROWS} THEN 'ada@example.com' ELSE 'other' || n || '@example.com' END,
             'page_view', '/products/' || (n % 997), 'https://search.example/?q=' || md5(n::text),
             'Mozilla/5.0 (X11; Linux x86_64) bench/' || (n % 13), now() - (n || ' minutes')::interval
        FROM generate_series(1, ${ROWS} + 10000) n;
    CREATE INDEX ON events (email); ANALYZE events;`);
  harness.systems.add('Web analytics', {
    table: 'events',
    keyColumn: 'email',
    identityType: 'email',
  });
  worker = await harness.startWorker();
}, 300_000);

afterAll(async () => {
  await worker?.close();
  await harness.stop();
}, 120_000);

it('prints access-package figures', async () => {
  global.gc?.();
  const idle = process.memoryUsage.rss();
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  const started = performance.now();
  const requestId = await harness.approve('access', 'ada@example.com');
  await harness.waitForStatus(requestId, 'completed', 20 * 60_000);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const pkg = (
    await harness.db.query(
      'SELECT row_count, size_bytes FROM access_packages WHERE request_id = $1',
      [requestId],
    )
  ).rows[0];
  const phases = (
    await harness.db.query(
      `SELECT extract(epoch FROM t.finished_at - t.started_at) AS spool_s, extract(epoch FROM r.completed_at - t.finished_at) AS package_s
       FROM store_tasks t JOIN requests r ON r.id = t.request_id WHERE r.id = $1`,
      [requestId],
    )
  ).rows[0];

  const copyStarted = performance.now();
  await promisify(execFile)('sh', [
    '-c',
    `psql "${harness.company.url}" -c "COPY (SELECT * FROM events WHERE email = 'ada@example.com' ORDER BY id) TO STDOUT" > /dev/null`,
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
