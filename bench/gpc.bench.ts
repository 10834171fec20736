/**
 * Global Privacy Control signals as a site forwards them: the built api and worker each in a
 * process of their own (production mode), autocannon from this process over loopback with 16
 * connections for BENCH_GPC_SECONDS (10), as fast as they answer. Each signal names one of
 * BENCH_GPC_BROWSERS (1,000) browser ids in turn, so the first round records new opt-outs and the
 * rest are repeats (one index probe each): a site's normal traffic. The figure is the signals
 * answered 202 per second; the raw baseline in the same run is `GET /.well-known/gpc.json`,
 * which touches neither Postgres nor Redis.
 */
import { afterAll, beforeAll, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { freePort } from '@dsar/embedded';
import { createTestDatabase, PrivateRedis, SmtpSink, type TestDatabase } from '@dsar/testing';
import { startProcess, stopProcess } from './support/processes.js';
import { bench, note } from './support/report.js';

const SECONDS = Number(process.env.BENCH_GPC_SECONDS ?? 10);
const BROWSERS = Number(process.env.BENCH_GPC_BROWSERS ?? 1000);
const CONNECTIONS = 16;
let database: TestDatabase;
let redis: PrivateRedis;
let smtp: SmtpSink;
let baseUrl: string;
const children: ChildProcess[] = [];
let sent = 0;

beforeAll(async () => {
  database = await createTestDatabase('dsar_bench');
  redis = await new PrivateRedis().start();
  smtp = await new SmtpSink().start();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    NODE_ENV: 'production',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    APP_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
    CONTROLLER_TIMEZONE: 'America/Los_Angeles',
    LOG_LEVEL: 'error',
  };
  // The built product, as `npm start` runs it (`npm run bench` builds first).
  children.push(
    await startProcess('apps/api/dist/main.js', env, /^DSAR api listening/),
    await startProcess('apps/worker/dist/main.js', env, /^DSAR worker running/),
  );
}, 900_000);

afterAll(async () => {
  for (const child of children) await stopProcess(child);
  await smtp?.stop();
  await redis?.stop();
  await database?.drop();
}, 120_000);

async function run(request: Partial<autocannon.Options>) {
  const result = await autocannon({
    ...request,
    url: `${baseUrl}${request.url ?? ''}`,
    connections: CONNECTIONS,
    duration: SECONDS,
  } as autocannon.Options);
  const ok = result['2xx'];
  return {
    rate: ok / SECONDS,
    failed: result.non2xx + result.errors + result.timeouts,
    p99: result.latency.p99,
  };
}

it('prints GPC signal figures', async () => {
  note(
    `gpc: api + worker processes (production), autocannon ${CONNECTIONS} connections, ${SECONDS} s, ${BROWSERS} browser ids in turn`,
  );
  const signals = await run({
    url: '/api/signals/gpc',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-gpc': '1' },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            identities: { cookie_id: [`bench-browser-${(sent += 1) % BROWSERS}`] },
          }),
        }),
      },
    ],
  });
  const baseline = await run({ url: '/.well-known/gpc.json' });
  note(
    `POST /api/signals/gpc: ${sent} sent, ${signals.failed} not 202, p99 ${signals.p99} ms`,
    `GET /.well-known/gpc.json: p99 ${baseline.p99} ms`,
  );
  bench('gpc_signals_rate', signals.rate, 'signals/s', 0);
  bench('gpc_baseline_rate', baseline.rate, 'requests/s', 0);
  bench('gpc_signals_to_baseline', signals.rate / baseline.rate, 'ratio', 3);
});
