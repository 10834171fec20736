import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_STAFF } from '@dsar/demo';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { BUDGETS, scaled } from './support/budgets.js';
import { docsScreenshot, launchChromium, seriousA11yViolations } from './support/browser.js';
import { PageWatch } from './support/page-watch.js';

/**
 * The crawl ends on its own: it walks a bounded set of screens (`visitsOf`), about 30 pages. On
 * an idle machine that takes about three minutes; on a loaded two-core one (a load average of
 * 15-20, other suites beside it) each page takes 5-20 s: about seven minutes. The budget only stops a crawl that runs far past that (then the test fails
 * saying how many pages were left); `MAX_PAGES` stops one that loops through ever new links,
 * whatever the machine's speed. `CRAWL_BUDGET_MS` or `E2E_TIME_SCALE` lengthen it (a slower run).
 */
const CRAWL_BUDGET_MS = crawlBudget(process.env.CRAWL_BUDGET_MS);
const MAX_PAGES = 150;
// The crawl, then the stack's start and stop and the screenshots.
jest.setTimeout(CRAWL_BUDGET_MS + BUDGETS.setup + scaled(180_000));

function crawlBudget(raw: string | undefined): number {
  if (raw === undefined || raw === '') return scaled(15 * 60_000);
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 10_000) {
    throw new Error(
      `CRAWL_BUDGET_MS must be a whole number of milliseconds (≥ 10000), not "${raw}"`,
    );
  }
  return ms;
}

const ADMIN = DEMO_STAFF.find((staff) => staff.role === 'admin')!;
/** CRAWL_TRACE=1 prints each step with the seconds since the start (to find a slow screen). */
const started = Date.now();
const trace = (step: string) => {
  if (process.env.CRAWL_TRACE)
    process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)}s ${step}\n`);
};

/**
 * Buttons the crawler does not press: they change the demo's data at once, without a dialog
 * (a dialog's own confirm button is never pressed either; the dialog is closed with Escape).
 */
const NOT_PRESSED = [/^Delete$/, /^Save$/, /^Retry$/, /^Rotate secret$/, /^Logout$/, /^Sign in$/];
/** Pagination by number: "Go to next page" walks the same code, one of them is enough. */
const REDUNDANT = [/^Go to page \d+$/, /^Page \d+$/, /^Go to previous page$/];
/**
 * Paths that show the same screen: ids folded, and of the query only which filters a list has (a
 * dashboard card's list is a screen of its own; a sort, a page or another value of the same
 * filters, such as the next month, is not).
 */
function screenOf(path: string): string {
  const url = new URL(path, 'http://crawl');
  const filter = filterKeys(url.searchParams.get('filter'));
  // A tab's own path (`…/show/tasks`) is the page's: its tabs are clicked there.
  const screen = url.pathname
    .replace(/\/$/, '')
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')
    // One regime's law versions is the same screen as another's (the list puts changed ones first).
    .replace(/^\/admin\/law\/[a-z0-9-]+$/, '/admin/law/:code')
    .replace(/\/show\/.+$/, '/show');
  return filter ? `${screen}?filter=${filter}` : screen;
}
/** `{"status":"completed","completedAfter":…}` → `completedAfter,status`. */
function filterKeys(filter: string | null): string | null {
  if (!filter) return null;
  try {
    return Object.keys(JSON.parse(filter) as object)
      .sort()
      .join(',');
  } catch {
    return filter;
  }
}

/** The few DOM members the crawler reads in the page (the tests compile without the DOM types). */
interface InPage {
  disabled?: boolean;
  innerText?: string;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  contains(other: InPage): boolean;
}

/** The kind of screen, whatever its filter: its buttons and its accessibility are checked once. */
const kindOf = (path: string) => screenOf(path).replace(/\?.*$/, '');

/** How many pages of one screen to walk: the seeded requests (their buttons differ), else one. */
const visitsOf = (screen: string) => (screen === '/admin/requests/:id/show' ? 8 : 1);

/**
 * The staff UI walked as an admin on the seeded demo tenant: every menu item, dashboard card,
 * link, row, tab and button it can reach. A page fails on a blank main area, a "No routes
 * matched" warning, a console error, an uncaught exception or unhandled rejection, a 5xx, or a
 * serious/critical axe-core violation. The main screens are written to docs/screenshots.
 */
describe('the staff UI has no dead ends (a crawl of the demo tenant)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dsar-crawl-'));
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  const problems: string[] = [];
  const walked: string[] = [];

  beforeAll(async () => {
    const env = { SEED_DEMO: 'true', DATA_DIR: dataDir, OUTBOUND_ALLOWLIST: '127.0.0.1' };
    [stack, browser] = await Promise.all([
      startTestStack({ env: { ...env, SMTP_URL: '' } }),
      launchChromium(),
    ]);
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1366, height: 768 },
    });
    page = await context.newPage();
    page.setDefaultTimeout(BUDGETS.step);
    watch = new PageWatch(page);
  }, BUDGETS.setup);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const path = () => {
    const url = new URL(page.url());
    return `${url.pathname}${url.search}`;
  };

  /** Screens (and tabs, dialogs) axe has checked: one check of each is enough. */
  const axeChecked = new Set<string>();

  /** Records what is wrong with the screen now on show, under `where`. */
  async function check(where: string, a11y: boolean): Promise<void> {
    await watch.settle();
    const screen = `${kindOf(path())} ${where.replace(/^\S+/, '')}`;
    a11y = a11y && !axeChecked.has(screen);
    axeChecked.add(screen);
    // Quiet is not drawn: on a loaded machine a route can render a while after its fetches end
    // (and before they start). A page still empty after a step's bound is blank.
    await page
      .locator('#main-content')
      .filter({ hasText: /\S/ })
      .waitFor({ timeout: BUDGETS.step })
      .catch(() => undefined);
    const main = (
      await page
        .locator('#main-content')
        .innerText()
        .catch(() => '')
    ).trim();
    if (main.length === 0) problems.push(`${where}: blank page`);
    // At 1366 px with the menu open, nothing in the main area reaches past the window's edge.
    const overflow = await page.locator('#main-content').evaluate((node) => {
      const main = node as unknown as InPage & { querySelectorAll(s: string): InPage[] };
      const { innerWidth } = globalThis as unknown as { innerWidth: number };
      const wide = [...main.querySelectorAll('*')].find((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.x + box.width > innerWidth + 1;
      });
      return wide ? (wide.innerText ?? '').trim().slice(0, 40) : null;
    });
    if (overflow !== null) problems.push(`${where}: wider than the window ("${overflow}")`);
    for (const problem of watch.drain()) problems.push(`${where}: ${problem}`);
    if (a11y) for (const v of await seriousA11yViolations(page)) problems.push(`${where}: ${v}`);
  }

  /** Links inside the app on the page now shown, as paths below /admin. */
  async function linksOnPage(): Promise<string[]> {
    // Functions that run in the page see DOM objects; the tests compile without the DOM types.
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => (link as unknown as { href: string }).href));
    const origin = new URL(stack.baseUrl).origin;
    const inside: string[] = [];
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith('/admin')) {
        problems.push(`${path()}: a link leaves the app: ${url.pathname}${url.search}`);
        continue;
      }
      inside.push(`${url.pathname}${url.search}`);
    }
    return inside;
  }

  /** The accessible names of the visible, enabled buttons in the page's main area and app bar. */
  async function buttonNames(
    scope = '#main-content [role="button"], #main-content button, header button',
  ): Promise<string[]> {
    const names = await page
      .locator(scope)
      .evaluateAll((elements) =>
        (elements as unknown as InPage[])
          .filter((element) => element.getBoundingClientRect().width > 0 && !element.disabled)
          .map((element) => (element.getAttribute('aria-label') ?? element.innerText ?? '').trim()),
      );
    return [...new Set(names)].filter(
      (name) =>
        name !== '' && ![...NOT_PRESSED, ...REDUNDANT].some((pattern) => pattern.test(name)),
    );
  }

  /** The buttons already pressed on each screen: a second request with the same ones is skipped. */
  const pressed = new Map<string, Set<string>>();

  /** Presses each button once; a dialog is checked and closed, a new page queued and left. */
  async function pressButtons(where: string, found: (path: string) => void): Promise<void> {
    const here = path();
    const screen = `${kindOf(here)} ${where.replace(/^\S+/, '')}`;
    const done = pressed.get(screen) ?? new Set<string>();
    pressed.set(screen, done);
    const header = pressed.get('header') ?? new Set<string>();
    pressed.set('header', header);
    const inHeader = new Set(await buttonNames('header button, header [role="button"]'));
    for (const name of await buttonNames()) {
      // The app bar is the same on every screen: its buttons are pressed once in the crawl.
      const once = inHeader.has(name) ? header : done;
      if (once.has(name)) continue;
      once.add(name);
      trace(`${where} → ${name}`);
      const button = page.getByRole('button', { name, exact: true }).first();
      if (!(await button.isVisible().catch(() => false))) continue;
      if (!(await button.isEnabled().catch(() => false))) continue;
      // A button under another element (a collapsed bulk toolbar) is not one a user can press.
      await button.scrollIntoViewIfNeeded();
      const reachable = await button.evaluate((node) => {
        const element = node as unknown as InPage;
        const box = element.getBoundingClientRect();
        const { document } = globalThis as unknown as {
          document: { elementFromPoint(x: number, y: number): InPage | null };
        };
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return hit !== null && (element === hit || element.contains(hit));
      });
      if (!reachable) continue;
      await button.click();
      await watch.settle();
      // MUI renders every dialog, menu, popover and select list in a modal layer.
      const dialog = page.locator('.MuiModal-root:visible').first();
      if (await dialog.count()) {
        const text = (await dialog.innerText()).trim();
        if (text.length === 0) problems.push(`${where} → "${name}": an empty dialog`);
        await check(`${where} → "${name}"`, (await dialog.locator('[role="dialog"]').count()) > 0);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      } else {
        await check(`${where} → "${name}"`, false);
      }
      // A sort or a page stays on the screen; another screen is queued and left.
      if (new URL(page.url()).pathname !== new URL(here, stack.baseUrl).pathname) {
        found(path());
        await back(here);
      }
    }
  }

  /** Back to `here` through the router's history (no reload), or by loading it if that fails. */
  async function back(here: string): Promise<void> {
    await page.goBack();
    await watch.settle();
    if (path() !== here) {
      await page.goto(`${stack.baseUrl}${here}`);
      await watch.settle();
    }
  }

  const rowsClicked = new Set<string>();

  /** Clicks the rows of each clickable list on the page (once per kind of screen). */
  async function rowTargets(found: (path: string) => void): Promise<void> {
    const here = path();
    if (rowsClicked.has(kindOf(here))) return;
    rowsClicked.add(kindOf(here));
    const rows = page.locator('tr.RaDatagrid-clickableRow');
    const count = await rows.count();
    for (let index = 0; index < count; index++) {
      await rows.nth(index).click();
      await watch.settle();
      if (path() !== here) {
        found(path());
        await back(here);
      }
      // Every seeded request is walked; of other lists the first row is enough.
      if (!here.startsWith('/admin/requests')) break;
    }
  }

  it('signs in and walks every screen without a dead end', async () => {
    const crawlStarted = Date.now();
    // The first load parses the whole bundle: slow on a busy machine.
    await page.goto(`${stack.baseUrl}/admin/`, { timeout: BUDGETS.slowStep });
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.locator('input[name="password"]').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // argon2 on a busy machine can take a while.
    await page
      .getByRole('heading', { name: 'Privacy requests' })
      .waitFor({ timeout: BUDGETS.slowStep });

    // The menu, the way an officer moves: each item clicked, not typed.
    const queue: string[] = [];
    const seen = new Map<string, number>();
    const visited = new Set<string>();
    const loaded = new Set<string>();
    const found = (link: string) => {
      // A tab's link is its page's: the tabs are clicked there.
      const target = link.replace(/(\/show)\/[a-z-]+$/, '$1');
      const screen = screenOf(target);
      if (visited.has(target) || queue.includes(target)) return;
      if ((seen.get(screen) ?? 0) >= visitsOf(screen)) return;
      seen.set(screen, (seen.get(screen) ?? 0) + 1);
      queue.push(target);
    };
    const menu = await page.getByRole('menuitem').allInnerTexts();
    expect(menu.length).toBeGreaterThan(5);
    for (const item of menu) {
      await page.getByRole('menuitem', { name: item.trim(), exact: true }).click();
      await check(`menu "${item.trim()}"`, false);
      found(path());
    }

    while (queue.length > 0) {
      if (Date.now() - crawlStarted > CRAWL_BUDGET_MS) {
        problems.push(
          `the crawl ran out of its ${CRAWL_BUDGET_MS} ms with ${walked.length} pages walked and ${queue.length} left (CRAWL_BUDGET_MS, E2E_TIME_SCALE)`,
        );
        break;
      }
      if (walked.length >= MAX_PAGES) {
        problems.push(
          `more than ${MAX_PAGES} pages: the links loop (${queue.slice(0, 3).join(', ')} …)`,
        );
        break;
      }
      const target = queue.shift()!;
      trace(target);
      visited.add(target);
      walked.push(target);
      // The first page of each screen is loaded afresh (a reload must work: the api serves the
      // SPA there); further ones through the router, as a click would.
      const screen = kindOf(target);
      if (loaded.has(screen)) {
        await page.evaluate(
          `history.pushState({}, '', ${JSON.stringify(target)});
           dispatchEvent(new PopStateEvent('popstate'));`,
        );
      } else {
        loaded.add(screen);
        await page.goto(`${stack.baseUrl}${target}`);
      }
      await check(target, true);
      for (const link of await linksOnPage()) found(link);
      await rowTargets(found);
      // textContent: the tabs' CSS writes them in capitals.
      const tabs = await page.getByRole('tab').allTextContents();
      if (tabs.length === 0) await pressButtons(target, found);
      for (const tab of tabs) {
        await page.getByRole('tab', { name: tab.trim(), exact: true }).click();
        const where = `${target} tab "${tab.trim()}"`;
        await check(where, true);
        for (const link of await linksOnPage()) found(link);
        await pressButtons(where, found);
        await page.getByRole('tab', { name: tab.trim(), exact: true }).click();
      }
    }

    // Only a crawl without problems rewrites the docs' pictures.
    expect(problems).toEqual([]);
    // The main screens, as a newcomer first sees them, for the README.
    const shots: [string, string][] = [
      ['admin-dashboard', '/admin/'],
      // The queue as it opens (the crawl left other filters in react-admin's store).
      ['admin-queue', `/admin/requests?filter=${encodeURIComponent('{"scope":"open"}')}`],
      ['admin-tasks', '/admin/tasks'],
      ['admin-systems', '/admin/systems'],
      ['admin-audit', '/admin/audit-events'],
      ['admin-settings', '/admin/settings'],
      // A regime with an amendment: what changed, rule by rule, with the citations.
      ['admin-law-versions', '/admin/law/us-ut'],
    ];
    for (const [name, target] of shots) {
      await page.goto(`${stack.baseUrl}${target}`);
      await watch.settle();
      await docsScreenshot(page, name);
    }
    // A request still to decide: its page with the clock, then the preview of what would happen.
    let previewed = false;
    for (const request of walked.filter((t) => screenOf(t) === '/admin/requests/:id/show')) {
      await page.goto(`${stack.baseUrl}${request}`);
      // A fresh load is quiet while the bundle is parsed: the page is there once its tabs are.
      await page.getByRole('tab').first().waitFor({ timeout: BUDGETS.slowStep });
      await watch.settle();
      const preview = page.getByRole('button', { name: 'Preview', exact: true });
      if (!(await preview.isVisible().catch(() => false))) continue;
      await docsScreenshot(page, 'admin-request');
      await preview.click();
      await page.getByRole('dialog').getByRole('table').first().waitFor();
      await watch.settle();
      await docsScreenshot(page, 'admin-request-preview');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      // The clock in words, with its citations (the regimes issue's "clock explained").
      await page.getByRole('tab', { name: 'Clock and appeal' }).click();
      await page.locator('#clock-heading').waitFor();
      await page.getByText('Loading…').first().waitFor({ state: 'hidden' });
      await watch.settle();
      await docsScreenshot(page, 'admin-request-clock');
      previewed = true;
      break;
    }
    trace(`walked ${walked.length} pages in ${((Date.now() - crawlStarted) / 1000).toFixed(0)} s`);
    expect(problems).toEqual([]);
    expect(previewed).toBe(true);
    // The crawl reached every kind of screen, not only the menu's lists.
    const screens = new Set(walked.map(screenOf));
    for (const screen of [
      '/admin/requests/:id/show',
      '/admin/tasks/:id/show',
      '/admin/systems/:id/show',
      '/admin/audit-events/:id/show',
      '/admin/settings',
      '/admin/law/:code',
    ]) {
      expect([screen, screens.has(screen)]).toEqual([screen, true]);
    }
    expect([...screens].some((screen) => screen.includes('filter='))).toBe(true);
  });
});
