/**
 * How long the browser tests wait, in one place. The defaults are sized for a loaded two-core CI
 * machine (the stack, its worker, Chromium and Jest share it). Each is a bound on one step (a
 * click's answer, a page settling, a sign-in), never a sleep: a quick page costs nothing, and a
 * step that runs out fails naming the step, so a longer bound delays a real failure but never
 * hides it.
 *
 * `E2E_TIME_SCALE` multiplies every bound for a slower run (a laptop, a machine shared with other
 * suites): `E2E_TIME_SCALE=3 npx jest e2e/browser`. The crawl also takes `CRAWL_BUDGET_MS`.
 */
function timeScale(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale < 1 || scale > 20) {
    throw new Error(`E2E_TIME_SCALE must be a number from 1 to 20, not "${raw}"`);
  }
  return scale;
}

export const TIME_SCALE = timeScale(process.env.E2E_TIME_SCALE);

export const scaled = (ms: number) => Math.round(ms * TIME_SCALE);

export const BUDGETS = {
  /** One action or expectation on a page already loaded (Playwright's default timeout). */
  step: scaled(20_000),
  /** A page quiet: no request in flight and no progress bar (`PageWatch.settle`). */
  settle: scaled(20_000),
  /** The first load parses the whole bundle; a sign-in runs argon2 on a busy machine. */
  slowStep: scaled(90_000),
  /** The stack (migrations, the demo seed) and Chromium starting together. */
  setup: scaled(240_000),
} as const;
