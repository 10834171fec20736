/**
 * Public intake under load: the built api and worker each in a process of their own (production
 * mode, the intake rate limit raised), driven by autocannon from this process over loopback with
 * up to 16 connections and a unique e-mail per submit. Fixed rates step up (BENCH_INTAKE_RATES)
 * for BENCH_INTAKE_SECONDS (5) each, after an unmeasured warm-up of the same request; the figure
 * is the highest rate whose p99 stays under 50 ms with every answer a 202 and at least 95 % of
 * the rate answered. The baseline is the same ladder on `GET /api/health`, which pings Postgres
 * and Redis and does nothing else.
 */
import { afterAll, beforeAll, it } from '@jest/globals';
import autocannon from 'autocannon';
import { startBuiltProduct, type BuiltProduct } from './support/built-product.js';
import { processCpuSeconds } from './support/processes.js';
import { bench, note } from './support/report.js';

const RATES = (process.env.BENCH_INTAKE_RATES ?? '25,50,100,200,400,700,1000,1500')
  .split(',')
  .map(Number);
const SECONDS = Number(process.env.BENCH_INTAKE_SECONDS ?? 5);
const MAX_CONNECTIONS = 16;
/**
 * autocannon paces each connection at rate ÷ connections, all started together, so 16
 * connections at 25 req/s send bursts of 16 at once (p50 21 ms for a 1 ms health check). One
 * connection per 50 req/s keeps the arrivals spread, up to 16.
 */
const connectionsFor = (rate: number) =>
  Math.min(MAX_CONNECTIONS, Math.max(1, Math.ceil(rate / 50)));
const P99_LIMIT_MS = 50;
/** A step holds only if this share of the requests it offered was answered in its seconds. */
const KEPT_UP_SHARE = 0.95;
let product: BuiltProduct;
let baseUrl: string;
let submitted = 0;
/** The first refused answer's body: what a missed step got (never personal data: bench e-mails). */
let firstRefusal = '';

beforeAll(async () => {
  product = await startBuiltProduct({ env: { INTAKE_RATE_LIMIT: '100000' } });
  baseUrl = product.baseUrl;
}, 900_000);

afterAll(async () => {
  await product?.stop();
}, 120_000);

interface Step {
  rate: number;
  p50: number;
  p99: number;
  answered: number;
  failed: number;
  /** Answers by status code, and transport errors: what a missed step got instead. */
  detail: string;
  ok: boolean;
  /** The api process's CPU per answer, µs: its own cost, whatever else the machine runs. */
  apiCpuMicros: number;
}

async function step(rate: number, request: Partial<autocannon.Options>): Promise<Step> {
  const cpuBefore = processCpuSeconds(product.apiPid);
  const result = await autocannon({
    ...request,
    url: `${baseUrl}${request.url ?? ''}`,
    connections: connectionsFor(rate),
    overallRate: rate,
    duration: SECONDS,
  } as autocannon.Options);
  const good =
    result.non2xx === 0 &&
    result.errors === 0 &&
    result.timeouts === 0 &&
    result.requests.total > 0;
  // With a fixed number of connections autocannon waits for an answer before the next send, so
  // a server that falls behind is offered less, and the latency of what it never got to is not
  // counted: a step holds only if nearly all it offered was answered.
  const offered = rate * SECONDS;
  const keptUp = result.requests.total >= KEPT_UP_SHARE * offered;
  return {
    rate,
    p50: result.latency.p50,
    p99: result.latency.p99,
    answered: result.requests.total,
    failed: result.non2xx + result.errors + result.timeouts,
    detail: `${keptUp ? '' : `answered ${result.requests.total} of ${offered} offered, `}codes ${JSON.stringify(Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count])))}, errors ${result.errors}, timeouts ${result.timeouts}`,
    ok: good && keptUp && result.latency.p99 < P99_LIMIT_MS,
    apiCpuMicros:
      ((processCpuSeconds(product.apiPid) - cpuBefore) * 1e6) / Math.max(1, result.requests.total),
  };
}

/**
 * Steps up until a rate misses; the highest that held (or 0), and the api's CPU per answer at
 * the first step (a rate every machine keeps up with). A warm-up step comes first.
 */
async function ladder(
  name: string,
  request: Partial<autocannon.Options>,
): Promise<{ best: number; apiCpuMicros: number }> {
  await step(RATES[0]!, request);
  let best = 0;
  let apiCpuMicros = 0;
  for (const rate of RATES) {
    const result = await step(rate, request);
    note(
      `${name} at ${rate} req/s: ${result.answered} answered, ${result.failed} failed, p50 ${result.p50} ms, p99 ${result.p99} ms, api CPU ${result.apiCpuMicros.toFixed(0)} µs each${result.ok ? '' : ` (missed: ${result.detail})`}`,
    );
    if (rate === RATES[0]) apiCpuMicros = result.apiCpuMicros;
    if (!result.ok) break;
    best = rate;
  }
  return { best, apiCpuMicros };
}

it('prints intake figures', async () => {
  note(
    `intake: api + worker processes (production), autocannon with one connection per 50 req/s (at most ${MAX_CONNECTIONS}), ${SECONDS} s per rate after a warm-up step`,
  );
  const intake = await ladder('POST /api/requests', {
    url: '/api/requests',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // A fresh e-mail per submit (autocannon's idReplacement gets Content-Length wrong).
    requests: [
      {
        onResponse: (status: number, body: string) => {
          if (status >= 300 && !firstRefusal) firstRefusal = `${status} ${body.slice(0, 300)}`;
        },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            type: 'access',
            jurisdiction: 'gdpr',
            email: `bench-${(submitted += 1)}@example.com`,
            name: 'Bench',
          }),
        }),
      },
    ],
  });
  if (firstRefusal) note(`first refused submit: ${firstRefusal}`);
  const health = await ladder('GET /api/health', { url: '/api/health' });
  bench('intake_rate_p99_under_50ms', intake.best, 'requests/s', 0);
  bench('health_rate_p99_under_50ms', health.best, 'requests/s', 0);
  bench('intake_api_cpu_us', intake.apiCpuMicros, 'us', 0);
  bench('health_api_cpu_us', health.apiCpuMicros, 'us', 0);
});
