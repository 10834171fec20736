/**
 * Fan-out throughput: approved erasure requests × 3 PostgreSQL-backed systems (two stages: the
 * accounts system provides the user id the other two are searched by), drained from approval to
 * `completed` by one worker process, then (other subjects, same work) by two; real Postgres and a
 * private redis-server. In the same run, on the same Redis at the same concurrency: raw BullMQ
 * no-op jobs, and raw BullMQ jobs that run the same connector SQL on the same company database.
 * BENCH_REQUESTS (500; the issue: 2000) and STORE_TASK_CONCURRENCY (8) size it.
 */
import { afterAll, beforeAll, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { cpus } from 'node:os';
import { Queue, Worker } from 'bullmq';
import pg from 'pg';
import { QUEUE, redisConnection } from '@dsar/queue';
import { emptyCounts } from '@dsar/domain';
import type { SystemRecord } from '@dsar/systems';
import { SqlBenchStack } from './support/sql-bench-stack.js';
import { SqlTestConnector } from '@dsar/testing';
import { startProcess, stopProcess } from './support/processes.js';
import { measureCpu, measureCpuByGroup } from './support/machine-cpu.js';
import { bench, note, pool } from './support/report.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 500);
const CONCURRENCY = Number(process.env.STORE_TASK_CONCURRENCY ?? 8);
const SYSTEMS = 3;
const SETS = ['one', 'two', 'raw'] as const;
const harness = new SqlBenchStack();
const workers: ChildProcess[] = [];
let connection: ReturnType<typeof redisConnection>;

const emailOf = (set: string, n: number) => `${set}${n}@example.com`;

beforeAll(async () => {
  await harness.start();
  for (const set of SETS) {
    await harness.companyDb.query(`
      INSERT INTO accounts (email, user_id, name) SELECT '${set}' || n || '@example.com', '${set}u' || n, 'Name ' || n FROM generate_series(1, ${REQUESTS}) n;
      INSERT INTO orders (user_id, item, name) SELECT '${set}u' || n, 'item', 'Name ' || n FROM generate_series(1, ${REQUESTS}) n;
      INSERT INTO visits (cookie_id, page, name) SELECT '${set}u' || n, '/', 'Name ' || n FROM generate_series(1, ${REQUESTS}) n;`);
  }
  await harness.companyDb.query(
    'CREATE INDEX ON accounts (email); CREATE INDEX ON orders (user_id); CREATE INDEX ON visits (cookie_id); ANALYZE',
  );
  harness.addSystem('accounts', {
    table: 'accounts',
    keyColumn: 'email',
    identityType: 'email',
    provides: { column: 'user_id', type: 'user_id' },
  });
  harness.addSystem('orders', { table: 'orders', keyColumn: 'user_id', identityType: 'user_id' });
  harness.addSystem('visits', {
    table: 'visits',
    keyColumn: 'cookie_id',
    identityType: 'user_id',
  });
  connection = redisConnection(harness.redis.url);
}, 300_000);

afterAll(async () => {
  for (const worker of workers) await stopProcess(worker);
  await harness.stop();
}, 120_000);

async function completedOf(set: string): Promise<number> {
  const { rows } = await harness.db.query(
    `SELECT count(*)::int AS n FROM requests WHERE status = 'completed' AND email LIKE $1`,
    [`${set}%`],
  );
  return rows[0].n;
}

/** The statements a worker sent to the product's database, as it prints them when stopped. */
function statementsOf(worker: ChildProcess): Promise<number> {
  const printed = new Promise<number>((resolve) =>
    createInterface({ input: worker.stdout! }).on('line', (line) => {
      const sent = /^sql (\d+)$/.exec(line.trim());
      if (sent) resolve(Number(sent[1]));
    }),
  );
  return Promise.race([printed, once(worker, 'exit').then(() => Number.NaN)]);
}

/**
 * BENCH_PG_SOCKET=<dir> (e.g. /var/run/postgresql): the workers and the baselines reach
 * PostgreSQL over its Unix socket instead of loopback TCP (`?host=<dir>`, as a deployment would
 * write DATABASE_URL), to see what the transport costs on this machine.
 */
function overSocket(url: string): string {
  const dir = process.env.BENCH_PG_SOCKET;
  if (!dir) return url;
  const parsed = new URL(url);
  parsed.searchParams.set('host', dir);
  return parsed.toString();
}

/** Approves the set's requests with the queue paused, starts the workers, and times the drain. */
async function fanout(
  set: string,
  processes: number,
): Promise<{ tasks: number; seconds: number; statements: number; cpuMs: number; busy: number }> {
  const queue = new Queue(QUEUE.storeTasks, { connection, prefix: harness.config.queuePrefix });
  await queue.pause();
  const emails = Array.from({ length: REQUESTS }, (_, n) => emailOf(set, n + 1));
  const approving = performance.now();
  await pool(emails, 16, (email) => harness.approve('erasure', email));
  const approvedAfter = (performance.now() - approving) / 1000;
  const spec = JSON.stringify({
    config: {
      ...harness.config,
      databaseUrl: overSocket(harness.config.databaseUrl),
      storeTaskConcurrency: CONCURRENCY,
    },
    companyUrl: overSocket(harness.company.url),
    systems: [...harness.systems.systems.values()] satisfies SystemRecord[],
  });
  const started = await Promise.all(
    Array.from({ length: processes }, () =>
      startProcess('bench/support/fanout-worker.ts', { BENCH_WORKER: spec }),
    ),
  );
  workers.push(...started);
  const statements = started.map(statementsOf);
  const begun = performance.now();
  await queue.resume();
  const workerPids = new Set(started.map((worker) => worker.pid));
  const groupOf = (pid: number, command: string) =>
    workerPids.has(pid)
      ? 'workers'
      : pid === process.pid
        ? 'bench'
        : ['postgres', 'redis-server'].includes(command)
          ? command
          : 'other';
  const { result: cpu, groups } = await measureCpuByGroup(groupOf, () =>
    measureCpu(() =>
      harness.waitFor(
        () => completedOf(set),
        (completed) => completed >= REQUESTS,
        30 * 60_000,
      ),
    ),
  );
  const seconds = (performance.now() - begun) / 1000;
  for (const worker of started) await stopProcess(worker);
  const sent = (await Promise.all(statements)).reduce((sum, n) => sum + n, 0);
  await queue.close();
  const { rows } = await harness.db.query(
    `SELECT count(*)::int AS n FROM store_tasks t JOIN requests r ON r.id = t.request_id
      WHERE t.state = 'succeeded' AND r.email LIKE $1`,
    [`${set}%`],
  );
  note(
    `${processes} worker process(es): ${REQUESTS} approvals in ${approvedAfter.toFixed(1)} s, then ${rows[0].n} store tasks in ${seconds.toFixed(1)} s`,
  );
  // Where the machine's CPU went, per store task: the workers, PostgreSQL, Redis, this process
  // (the api's timers and the wait's polling), anything else.
  note(
    `  CPU a task, ms: ${Object.entries(groups)
      .sort(([, a], [, b]) => b - a)
      .map(([group, ms]) => `${group} ${(ms / rows[0].n).toFixed(2)}`)
      .join(', ')}`,
  );
  return { tasks: rows[0].n, seconds, statements: sent, cpuMs: cpu.busyMs, busy: cpu.busyShare };
}

async function drain(
  name: string,
  jobs: { name: string; data: object }[],
  work: (data: never) => Promise<unknown>,
): Promise<{ perSecond: number; cpuMsPerJob: number }> {
  const queue = new Queue(name, { connection });
  await queue.addBulk(
    jobs.map((job, n) => ({ ...job, opts: { jobId: `${name}-${n}`, removeOnComplete: true } })),
  );
  let done = 0;
  const started = performance.now();
  const cpu = await measureCpu(
    () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(name, (job) => work(job.data as never), {
          connection,
          concurrency: CONCURRENCY,
        });
        worker.on('failed', (_job, error) => reject(error));
        worker.on('completed', () => {
          if (++done === jobs.length) void worker.close().then(resolve);
        });
      }),
  );
  const seconds = (performance.now() - started) / 1000;
  await queue.obliterate({ force: true });
  await queue.close();
  return { perSecond: jobs.length / seconds, cpuMsPerJob: cpu.busyMs / jobs.length };
}

/** The connector's own SQL for each (subject, system), as BullMQ jobs: the design's limit. */
async function rawSql(): Promise<{ perSecond: number; cpuMsPerJob: number }> {
  const connector = new SqlTestConnector(overSocket(harness.company.url));
  const systems = [...harness.systems.systems.values()];
  const jobs = Array.from({ length: REQUESTS }, (_, n) => n + 1).flatMap((n) =>
    systems.map((system) => ({ name: 'sql', data: { n, systemId: system.id } })),
  );
  try {
    return await drain('bench-raw-sql', jobs, async (data: { n: number; systemId: string }) => {
      const system = harness.systems.systems.get(data.systemId)!;
      const email = emailOf('raw', data.n);
      await connector.execute({
        requestId: randomUUID(),
        taskId: randomUUID(),
        action: 'erasure',
        identities: { email: [email], user_id: [`rawu${data.n}`] },
        corrections: [],
        dueAt: new Date(),
        attempt: 1,
        system,
        sink: { write: async () => undefined },
      } as never);
      return emptyCounts();
    });
  } finally {
    await connector.close();
  }
}

/** Round trips of a statement that does nothing, on the same PostgreSQL, at the same concurrency. */
const ROUND_TRIPS = 4000;

/**
 * The floor under every statement: the machine's CPU for one parameterised `SELECT` that does
 * nothing, sent as the product sends its statements (extended protocol, one client per task
 * slot). On a VM where each socket write wakes another process it is a large part of a task.
 */
async function roundTrips(): Promise<{ cpuMicros: number; perSecond: number }> {
  const clients = Array.from(
    { length: CONCURRENCY },
    () => new pg.Client({ connectionString: overSocket(harness.company.url) }),
  );
  await Promise.all(clients.map((client) => client.connect()));
  try {
    const started = performance.now();
    const { busyMs } = await measureCpu(() =>
      Promise.all(
        clients.map(async (client) => {
          for (let n = 0; n < ROUND_TRIPS / CONCURRENCY; n++) {
            await client.query('SELECT $1::int AS n', [n]);
          }
        }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    return { cpuMicros: (busyMs * 1000) / ROUND_TRIPS, perSecond: ROUND_TRIPS / seconds };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

it('prints fan-out throughput', async () => {
  note(
    `fan-out: ${REQUESTS} erasure requests × ${SYSTEMS} systems (2 stages), store-task concurrency ${CONCURRENCY} per worker process`,
  );
  const one = await fanout('one', 1);
  const two = await fanout('two', 2);
  const noopRun = await drain(
    'bench-noop',
    Array.from({ length: one.tasks }, (_, n) => ({ name: 'noop', data: { n } })),
    async () => undefined,
  );
  const sqlRun = await rawSql();
  const trips = await roundTrips();
  const [noop, sql] = [noopRun.perSecond, sqlRun.perSecond];
  const perSecond = one.tasks / one.seconds;
  const perSecondTwo = two.tasks / two.seconds;
  bench('fanout_store_tasks_per_s', perSecond, 'tasks/s', 0);
  bench('fanout_sql_statements_per_task', one.statements / one.tasks, 'statements', 1);
  bench('raw_bullmq_noop_jobs_per_s', noop, 'jobs/s', 0);
  bench('fanout_vs_noop', perSecond / noop, 'ratio');
  bench('raw_bullmq_sql_jobs_per_s', sql, 'jobs/s', 0);
  bench('fanout_vs_raw_sql', perSecond / sql, 'ratio');
  // Where the time goes: every process's CPU per unit of work, and how busy the cores were.
  note(
    `machine CPU busy while draining: one worker ${(one.busy * 100).toFixed(0)} %, two workers ${(two.busy * 100).toFixed(0)} % of ${cpus().length} cores`,
  );
  bench('fanout_cpu_ms_per_task', one.cpuMs / one.tasks, 'ms', 2);
  bench('raw_bullmq_noop_cpu_ms_per_job', noopRun.cpuMsPerJob, 'ms', 3);
  bench('raw_bullmq_sql_cpu_ms_per_job', sqlRun.cpuMsPerJob, 'ms', 2);
  bench('pg_round_trip_cpu_us', trips.cpuMicros, 'us', 0);
  bench('pg_round_trips_per_s', trips.perSecond, 'round trips/s', 0);
  // How much of a task's CPU its statements' round trips alone explain (before any work in them).
  bench(
    'fanout_round_trip_share',
    ((one.statements / one.tasks) * trips.cpuMicros) / 1000 / (one.cpuMs / one.tasks),
    'ratio',
  );
  bench('fanout_2_workers_store_tasks_per_s', perSecondTwo, 'tasks/s', 0);
  bench('workers_2_vs_1', perSecondTwo / perSecond, 'ratio');
});
