/**
 * Global Privacy Control signals as a site forwards them: the built api and worker each in a
 * process of their own (production mode), autocannon from this process over loopback with 16
 * connections for BENCH_GPC_SECONDS (10), as fast as they answer. BENCH_GPC_BROWSERS (200)
 * browser ids are first signalled once each (new opt-outs, timed on their own: each is an
 * `opt_out` request the worker fans out, so the run waits until all are completed before it
 * measures anything else); the measured run then names them in turn, so every signal is a repeat
 * (one index probe): a site's normal traffic. The figure is the signals answered 202 per second; the
 * raw baseline in the same run is `GET /.well-known/gpc.json`, which touches neither Postgres
 * nor Redis.
 */
import { afterAll, beforeAll, it } from '@jest/globals';
import autocannon from 'autocannon';
import pg from 'pg';
import { startBuiltProduct, type BuiltProduct } from './support/built-product.js';
import { processCpuSeconds } from './support/processes.js';
import { bench, note, pool } from './support/report.js';

const SECONDS = Number(process.env.BENCH_GPC_SECONDS ?? 10);
const BROWSERS = Number(process.env.BENCH_GPC_BROWSERS ?? 200);
const CONNECTIONS = 16;
let product: BuiltProduct;
let baseUrl: string;
let sent = 0;

beforeAll(async () => {
  product = await startBuiltProduct({ env: { CONTROLLER_TIMEZONE: 'America/Los_Angeles' } });
  baseUrl = product.baseUrl;
}, 900_000);

afterAll(async () => {
  await product?.stop();
}, 120_000);

const apiCpuSeconds = () => processCpuSeconds(product.apiPid);

async function run(request: Partial<autocannon.Options>) {
  const cpuBefore = apiCpuSeconds();
  const result = await autocannon({
    ...request,
    url: `${baseUrl}${request.url ?? ''}`,
    connections: CONNECTIONS,
    duration: SECONDS,
  } as autocannon.Options);
  const ok = result['2xx'];
  return {
    rate: ok / SECONDS,
    cpuMicrosPerAnswer: ((apiCpuSeconds() - cpuBefore) * 1e6) / Math.max(1, ok),
    failed: result.non2xx + result.errors + result.timeouts,
    p99: result.latency.p99,
  };
}

/** How many requests the signals have made. */
async function gpcRequests(): Promise<number> {
  const client = new pg.Client({ connectionString: product.database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM requests WHERE source = 'gpc'`,
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

/** Waits until the worker has closed every request the first signals made (no fixed sleep). */
async function allCompleted(): Promise<void> {
  const client = new pg.Client({ connectionString: product.database.url });
  await client.connect();
  try {
    const deadline = Date.now() + 600_000;
    for (;;) {
      const { rows } = await client.query<{ open: number }>(
        `SELECT count(*)::int AS open FROM requests WHERE source = 'gpc' AND status <> 'completed'`,
      );
      if (rows[0]!.open === 0) return;
      if (Date.now() > deadline) throw new Error(`${rows[0]!.open} GPC requests still open`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
}

it('prints GPC signal figures', async () => {
  note(
    `gpc: api + worker processes (production), autocannon ${CONNECTIONS} connections, ${SECONDS} s, ${BROWSERS} browser ids in turn`,
  );
  const signal = (id: number) =>
    fetch(`${baseUrl}/api/signals/gpc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-gpc': '1' },
      body: JSON.stringify({ identities: { cookie_id: [`bench-browser-${id}`] } }),
    }).then((response) => {
      if (response.status !== 202) throw new Error(`a new signal got ${response.status}`);
    });
  const firstStarted = performance.now();
  await pool(
    Array.from({ length: BROWSERS }, (_, id) => id),
    CONNECTIONS,
    signal,
  );
  const newRate = BROWSERS / ((performance.now() - firstStarted) / 1000);
  await allCompleted();
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
  const made = await gpcRequests();
  note(
    `requests the signals made: ${made} (one per browser id; a repeat makes none)`,
    `first signal of each browser: ${newRate.toFixed(0)} signals/s`,
    `POST /api/signals/gpc (repeats): ${sent} sent, ${signals.failed} not 202, p99 ${signals.p99} ms`,
    `GET /.well-known/gpc.json: p99 ${baseline.p99} ms`,
  );
  bench('gpc_signals_rate', signals.rate, 'signals/s', 0);
  bench('gpc_new_browser_rate', newRate, 'signals/s', 0);
  bench('gpc_baseline_rate', baseline.rate, 'requests/s', 0);
  bench('gpc_signals_to_baseline', signals.rate / baseline.rate, 'ratio', 3);
  bench('gpc_signal_api_cpu_us', signals.cpuMicrosPerAnswer, 'us', 0);
  bench('gpc_baseline_api_cpu_us', baseline.cpuMicrosPerAnswer, 'us', 0);
});
