/**
 * Fan-out throughput: 2,000 approved erasure requests × 3 PostgreSQL-backed systems (two stages:
 * the accounts system provides the user id the other two are searched by), end to end from
 * approval to `completed`, on a real Postgres and a private redis-server, one worker process.
 * Compared with raw BullMQ no-op job throughput (same Redis, same concurrency) in the same run.
 * Run: NODE_OPTIONS=--experimental-vm-modules npx jest -c bench/fanout.jest.config.mjs bench/fanout.bench.ts
 */
import { afterAll, beforeAll, it } from '@jest/globals';
import { Queue, Worker } from 'bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { redisConnection } from '@dsar/queue';
import { FanoutHarness } from '../apps/worker/src/fanout/testing/fanout-harness.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const SYSTEMS = 3;
const harness = new FanoutHarness();
let worker: INestApplicationContext;

beforeAll(async () => {
  await harness.start({ smtp: false });
  await harness.companyDb.query(`
    INSERT INTO accounts (email, user_id, name) SELECT 'b' || n || '@example.com', 'u' || n, 'Name ' || n FROM generate_series(1, ${REQUESTS}) n;
    INSERT INTO orders (user_id, item, name) SELECT 'u' || n, 'item', 'Name ' || n FROM generate_series(1, ${REQUESTS}) n;
    INSERT INTO visits (cookie_id, page, name) SELECT 'u' || n, '/', 'Name ' || n FROM generate_series(1, ${REQUESTS}) n;
    CREATE INDEX ON accounts (email); CREATE INDEX ON orders (user_id); CREATE INDEX ON visits (cookie_id);`);
  harness.systems.add('accounts', {
    table: 'accounts',
    keyColumn: 'email',
    identityType: 'email',
    provides: { column: 'user_id', type: 'user_id' },
  });
  harness.systems.add('orders', { table: 'orders', keyColumn: 'user_id', identityType: 'user_id' });
  harness.systems.add('visits', {
    table: 'visits',
    keyColumn: 'cookie_id',
    identityType: 'user_id',
  });
}, 120_000);

afterAll(async () => {
  await worker?.close();
  await harness.stop();
}, 120_000);

async function pool<T>(
  items: T[],
  size: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

async function rawBullmq(jobs: number, concurrency: number): Promise<number> {
  const connection = redisConnection(harness.redis.url);
  const queue = new Queue('bench-noop', { connection });
  await queue.addBulk(
    Array.from({ length: jobs }, (_, n) => ({
      name: 'noop',
      data: { n },
      opts: { jobId: `noop-${n}`, removeOnComplete: true },
    })),
  );
  let done = 0;
  const started = performance.now();
  const finished = new Promise<void>((resolve) => {
    const noop = new Worker('bench-noop', async () => undefined, { connection, concurrency });
    noop.on('completed', () => {
      if (++done === jobs) void noop.close().then(resolve);
    });
  });
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await queue.obliterate({ force: true });
  await queue.close();
  return jobs / seconds;
}

it('prints fan-out throughput', async () => {
  // Approved first (as the api does, in its own process), then one worker drains the work.
  const emails = Array.from({ length: REQUESTS }, (_, n) => `b${n + 1}@example.com`);
  const approving = performance.now();
  await pool(emails, 16, (email) => harness.approve('erasure', email));
  const approvedAfter = (performance.now() - approving) / 1000;
  worker = await harness.startWorker();
  const started = performance.now();
  await harness.waitFor(
    async () =>
      Number(
        (await harness.db.query(`SELECT count(*) FROM requests WHERE status = 'completed'`)).rows[0]
          .count,
      ),
    (completed) => completed >= REQUESTS,
    30 * 60_000,
  );
  const seconds = (performance.now() - started) / 1000;
  const tasks = Number(
    (await harness.db.query(`SELECT count(*) FROM store_tasks WHERE state = 'succeeded'`)).rows[0]
      .count,
  );
  const changes = Number(
    (await harness.companyDb.query(`SELECT count(*) FROM change_log`)).rows[0].count,
  );
  const timing = (
    await harness.db.query(
      `SELECT stage, avg(extract(epoch FROM started_at - enqueued_at))::numeric(8,3) AS wait_s, avg(extract(epoch FROM finished_at - started_at))::numeric(8,3) AS run_s FROM store_tasks GROUP BY stage`,
    )
  ).rows;
  process.stdout.write(`  per stage (queue wait, run): ${JSON.stringify(timing)}\n`);
  await worker.close();
  const raw = await rawBullmq(REQUESTS * SYSTEMS, 8);
  const perSecond = tasks / seconds;
  process.stdout.write(
    [
      `fan-out bench: ${REQUESTS} erasure requests × ${SYSTEMS} systems (2 stages), 1 worker, store-task concurrency 8`,
      `  ${REQUESTS} approvals (tasks written, first stage enqueued) in ${approvedAfter.toFixed(1)} s: ${(REQUESTS / approvedAfter).toFixed(0)} per second`,
      `  worker started → all completed in ${seconds.toFixed(1)} s: ${tasks} store tasks succeeded, ${changes} rows changed, ${REQUESTS} completion mails`,
      `  store tasks per second: ${perSecond.toFixed(0)}`,
      `  raw BullMQ no-op jobs per second (same Redis, concurrency 8): ${raw.toFixed(0)}`,
      `  ratio: ${(perSecond / raw).toFixed(3)}`,
      '',
    ].join('\n'),
  );
});
