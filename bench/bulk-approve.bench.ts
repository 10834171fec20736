/**
 * Bulk approval: BENCH_BULK verified requests (2000) approved by one `POST
 * /api/admin/requests/bulk/approve` on the whole stack (the api in this process, the built worker
 * in a process of its own as `npm start` and docker compose run it, one PostgreSQL system
 * registered through the admin API), requests/s and how soon the first store task runs. Beside it: the same approvals one call each (16 at a time), and the raw set-based SQL
 * that writes the same status change and tasks with no rule, audit or queue, and the same call
 * again with the store-task queue paused (the call's own cost, without its fan-out beside it).
 */
import { afterAll, beforeAll, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import pg from 'pg';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QUEUE } from '@dsar/queue';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { startTestStack, type TestStack } from '../e2e/support/test-stack.js';
import { call, signIn, type SignedIn } from '../apps/api/src/admin/testing/staff-test-kit.js';
import {
  COMPANY_SCHEMA,
  companyMap,
  withCompany,
} from '../libs/connectors/src/postgres/testing/company-database.js';
import { startProcess, stopProcess } from './support/processes.js';
import { bench, note, pool, profiled } from './support/report.js';

const BULK = Number(process.env.BENCH_BULK ?? 2000);
const SINGLE = Math.max(50, Math.floor(BULK / 4));
let stack: TestStack;
let company: TestDatabase;
let officer: SignedIn;
let db: pg.Client;
let worker: ChildProcess | undefined;

const SEED = `
  INSERT INTO requests (reference, type, status, jurisdiction, email, name, source, received_at, due_at,
                        verified_at, verification_method, identities)
  SELECT 'DSR-B-' || $1 || '-' || lpad(n::text, 7, '0'), 'erasure', 'awaiting_approval', 'gdpr',
         $1 || n || '@example.com', 'Person ' || n, 'web', now(), now() + interval '30 days',
         now(), 'email', jsonb_build_object('email', jsonb_build_array($1 || n || '@example.com'))
    FROM generate_series(1, $2::int) n
  RETURNING id`;

const seed = async (set: string, count: number): Promise<string[]> =>
  (await db.query(SEED, [set, count])).rows.map((row: { id: string }) => row.id);

/** A POST with no client timeout (fetch gives up after 300 s without headers): one long call. */
function postLong(path: string, body: unknown): Promise<{ status: number; body: any }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${stack.baseUrl}${path}`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${officer.token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (answer) => {
        let text = '';
        answer.setEncoding('utf8');
        answer.on('data', (chunk: string) => (text += chunk));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

const SETTINGS = { OUTBOUND_ALLOWLIST: '127.0.0.1', LOG_LEVEL: 'error' };

beforeAll(async () => {
  stack = await startTestStack({ worker: false, env: SETTINGS });
  worker = await startProcess(
    'apps/worker/dist/main.js',
    {
      ...SETTINGS,
      NODE_ENV: 'production',
      APP_SECRET: stack.config.appSecret,
      CONTROLLER_TIMEZONE: stack.config.controllerTimezone,
      PUBLIC_URL: stack.baseUrl,
      DATABASE_URL: stack.database.url,
      REDIS_URL: stack.redis.url,
      SMTP_URL: stack.smtp.url,
      DATA_DIR: stack.dataDir,
      SEED_DEMO: 'false',
    },
    /^DSAR worker running/,
  );
  company = await createTestDatabase('company', { migrate: false });
  await withCompany(company.url, (client) => client.query(COMPANY_SCHEMA));
  const admin = await signIn(stack, 'admin');
  officer = await signIn(stack, 'officer');
  const system = await call(stack, 'POST', '/api/admin/systems', admin.token, {
    name: 'Shop database',
    kind: 'postgres',
    owner: { name: 'Data team', email: 'data@example.com' },
    identityTypes: ['email'],
    actions: ['access', 'erasure', 'rectification'],
    settings: { url: company.url, dataset: companyMap() },
  });
  if (system.status !== 201) throw new Error(`system: ${system.status}`);
  db = new pg.Client({ connectionString: stack.database.url });
  await db.connect();
}, 300_000);

afterAll(async () => {
  await db?.end();
  await stopProcess(worker);
  await stack?.stop();
  await company?.drop();
}, 120_000);

it('prints bulk approval figures', async () => {
  const bulkIds = await seed('bulk', BULK);
  const singleIds = await seed('single', SINGLE);
  const rawIds = await seed('raw', BULK);
  const quietIds = await seed('quiet', BULK);
  await db.query('ANALYZE');

  const [{ at: calledAt }] = (await db.query('SELECT clock_timestamp() AS at')).rows;
  const started = performance.now();
  const answer = await postLong('/api/admin/requests/bulk/approve', { ids: bulkIds });
  const seconds = (performance.now() - started) / 1000;
  if (answer.status !== 200 || answer.body.done.length !== BULK) {
    throw new Error(`bulk approve: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
  }
  const first = (
    await db.query(
      `SELECT extract(epoch FROM min(started_at) - $2::timestamptz) AS s FROM store_tasks WHERE request_id = ANY($1)`,
      [bulkIds, calledAt],
    )
  ).rows[0].s;

  const singleStarted = performance.now();
  await pool(singleIds, 16, async (id) => {
    const one = await call(stack, 'POST', `/api/admin/requests/${id}/approve`, officer.token, {});
    if (one.status !== 200) throw new Error(`approve: ${one.status}`);
  });
  const singleSeconds = (performance.now() - singleStarted) / 1000;

  const rawStarted = performance.now();
  await db.query('BEGIN');
  await db.query(
    `UPDATE requests SET status = 'in_progress', updated_at = now() WHERE id = ANY($1)`,
    [rawIds],
  );
  await db.query(
    `INSERT INTO store_tasks (request_id, system_id, system_name, action, stage, state)
     SELECT r.id, s.id, s.name, 'erasure', 0, 'queued' FROM requests r CROSS JOIN systems s WHERE r.id = ANY($1)`,
    [rawIds],
  );
  await db.query('COMMIT');
  const rawSeconds = (performance.now() - rawStarted) / 1000;

  // The call's own cost: the same call with the store-task queue paused, so the fan-out it starts
  // does not share the two cores with it (the earlier calls' tasks stop first).
  const tasks = stack.app.get<Queue>(getQueueToken(QUEUE.storeTasks));
  await tasks.pause();
  while ((await tasks.getActiveCount()) > 0) await new Promise((r) => setTimeout(r, 50));
  const quietStarted = performance.now();
  const quiet = await profiled('bulk-approve-quiet', () =>
    postLong('/api/admin/requests/bulk/approve', { ids: quietIds }),
  );
  const quietSeconds = (performance.now() - quietStarted) / 1000;
  if (quiet.status !== 200 || quiet.body.done.length !== BULK)
    throw new Error(`quiet bulk: ${quiet.status}`);

  note(
    `bulk approval: ${BULK} verified erasure requests, one call, one system each (${seconds.toFixed(2)} s)`,
    `first store task started ${Number(first).toFixed(2)} s after the call began`,
  );
  bench('bulk_approve_rate', BULK / seconds, 'requests/s', 0);
  bench('bulk_approve_first_task_s', Number(first), 's', 2);
  bench('bulk_approve_rate_no_fanout', BULK / quietSeconds, 'requests/s', 0);
  bench('single_approve_rate', SINGLE / singleSeconds, 'requests/s', 0);
  bench('raw_sql_approve_rate', BULK / rawSeconds, 'requests/s', 0);
});
