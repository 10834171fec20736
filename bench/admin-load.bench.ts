/**
 * The first `/admin` load as a new officer meets it: the built api in production mode, Chromium
 * with an empty cache, from navigation to the sign-in form on screen. Bytes are what crossed the
 * wire (the api serves the brotli/gzip files written at build time); the baseline in the same run
 * is the same assets' uncompressed size and the time to load one small answer (`/api/health`) from the same server.
 * Needs the built UI (`npm run build`, which `npm run bench` runs). BENCH_ADMIN_LOADS: cold loads.
 */
import { afterAll, beforeAll, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startBuiltProduct, type BuiltProduct } from './support/built-product.js';
import { bench, note, percentile } from './support/report.js';

const LOADS = Number(process.env.BENCH_ADMIN_LOADS ?? 7);
let product: BuiltProduct;
let baseUrl: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync('apps/admin/dist/index.html')) {
    throw new Error('apps/admin/dist is missing: run `npm run build` first');
  }
  product = await startBuiltProduct({ worker: false });
  baseUrl = product.baseUrl;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await product?.stop();
}, 120_000);

interface Load {
  ms: number;
  wireBytes: number;
  rawBytes: number;
}

/** One cold load in a fresh context: time until `ready` is visible, bytes on the wire and decoded. */
async function coldLoad(path: string, ready: string | null): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  const sizes: Promise<[number, number]>[] = [];
  page.on('requestfinished', (request) => {
    sizes.push(
      Promise.all([request.sizes(), request.response().then((r) => r?.body())]).then(
        ([size, body]) => [size.responseBodySize, body?.length ?? 0],
      ),
    );
  });
  const started = performance.now();
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  if (ready) await page.locator(ready).first().waitFor({ state: 'visible' });
  const ms = performance.now() - started;
  const settled = await Promise.all(sizes);
  await context.close();
  return {
    ms,
    wireBytes: settled.reduce((sum, [wire]) => sum + wire, 0),
    rawBytes: settled.reduce((sum, [, raw]) => sum + raw, 0),
  };
}

it('prints the first /admin load', async () => {
  await coldLoad('/admin/', 'input[type="password"]'); // Chromium's own first-start costs
  const admin: Load[] = [];
  const blank: Load[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    admin.push(await coldLoad('/admin/', 'input[type="password"]'));
    blank.push(await coldLoad('/api/health', null));
  }
  const median = (loads: Load[], pick: (load: Load) => number) =>
    percentile(
      loads.map(pick).sort((a, b) => a - b),
      50,
    );
  note(
    `${LOADS} cold loads each (new browser context, empty cache), Chromium headless, loopback`,
    `admin load times ms: ${admin.map((load) => load.ms.toFixed(0)).join(', ')}`,
  );
  bench('admin_first_load_kib', median(admin, (l) => l.wireBytes) / 1024, 'KiB', 0);
  bench('admin_first_load_uncompressed_kib', median(admin, (l) => l.rawBytes) / 1024, 'KiB', 0);
  bench(
    'admin_first_load_ms',
    median(admin, (l) => l.ms),
    'ms',
    0,
  );
  bench(
    'one_file_page_load_ms',
    median(blank, (l) => l.ms),
    'ms',
    0,
  );
}, 600_000);
