import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { DataSource } from 'typeorm';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { launchChromium } from './support/browser.js';
import { BUDGETS } from './support/budgets.js';
import { PageWatch } from './support/page-watch.js';

jest.setTimeout(BUDGETS.setup + 4 * BUDGETS.slowStep);

const TITLE = 'Your browser asks us not to sell or share your data';
const PERSON = 'gpc-person@example.com';

/**
 * Global Privacy Control on the privacy center: a browser that sends `Sec-GPC: 1` sees the
 * notice (the server saw the header on the page request), gives an e-mail, and one `opt_out`
 * request is recorded however often it says so. Real api, worker, SMTP sink and Chromium.
 */
describe('the privacy center honours a browser that sends Global Privacy Control', () => {
  let stack: TestStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const gpcRequests = async () =>
    (await stack.api
      .get(DataSource)
      .query(
        `SELECT reference, type, email FROM requests WHERE source = 'gpc' ORDER BY received_at`,
      )) as { reference: string; type: string; email: string | null }[];

  const open = async (options: { header?: boolean; script?: boolean }) => {
    const context = await browser.newContext({
      locale: 'en-US',
      // What a browser with GPC switched on sends with every request, the page's fetches too.
      ...(options.header ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {}),
    });
    contexts.push(context);
    if (options.script) {
      // What a browser with GPC tells its pages (run in the page, so given as source text).
      await context.addInitScript({
        content: `Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })`,
      });
    }
    const page = await context.newPage();
    page.setDefaultTimeout(BUDGETS.step);
    const watch = new PageWatch(page);
    await page.goto(`${stack.baseUrl}/`, { timeout: BUDGETS.slowStep });
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: BUDGETS.slowStep });
    return { page, watch };
  };

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startTestStack(), launchChromium()]);
  }, BUDGETS.setup);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.stop();
  });

  it('shows the notice when the page request carried Sec-GPC: 1, and records the opt-out once', async () => {
    const { page, watch } = await open({ header: true });
    const notice = page.getByRole('form', { name: TITLE });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('we treat that as an opt-out');
    // Chromium has no GPC of its own: the notice is there because the server saw the header.
    expect(await page.evaluate(`'globalPrivacyControl' in navigator`)).toBe(false);
    expect(await page.locator('meta[name="dsar-gpc"]').count()).toBe(1);

    await notice.getByLabel('Your e-mail address').fill(PERSON);
    await notice.getByRole('button', { name: 'Record my opt-out' }).click();
    const outcome = page.locator('#gpc-outcome');
    await page.locator('#gpc-outcome', { hasText: /^Recorded/ }).waitFor();
    const first = await gpcRequests();
    expect(first).toEqual([{ reference: expect.any(String), type: 'opt_out', email: PERSON }]);
    expect(await outcome.textContent()).toContain(first[0]!.reference);

    // Saying it again (a second click, or the next visit) is the same request.
    await notice.getByRole('button', { name: 'Record my opt-out' }).click();
    await watch.settle();
    expect(await gpcRequests()).toEqual(first);
    expect(await outcome.textContent()).toContain(first[0]!.reference);
    expect(watch.drain()).toEqual([]);
  });

  it('shows it where only the browser script says so, and not at all without a signal', async () => {
    const scripted = await open({ script: true });
    await scripted.page.getByRole('form', { name: TITLE }).waitFor();
    expect(scripted.watch.drain()).toEqual([]);

    const plain = await open({});
    await plain.watch.settle();
    expect(await plain.page.getByRole('form', { name: TITLE }).count()).toBe(0);
    expect(plain.watch.drain()).toEqual([]);
  });
});
