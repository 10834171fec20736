import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { DataSource } from 'typeorm';
import { signIn, TEST_PASSWORD } from '../../apps/api/src/admin/testing/staff-test-kit.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { launchChromium } from './support/browser.js';
import { BUDGETS } from './support/budgets.js';
import { PageWatch } from './support/page-watch.js';

jest.setTimeout(BUDGETS.setup + 8 * BUDGETS.slowStep);

const TITLE = 'Your browser asks us not to sell or share your data';
const PERSON = 'gpc-person@example.com';
/** The company site's cookie that carries the browser id (GPC_BROWSER_ID_COOKIE). */
const BROWSER_ID_COOKIE = 'site_vid';
const VISITOR = 'ck-visitor-7';
const VISITOR_EMAIL = 'visitor-7@example.com';

/**
 * Global Privacy Control on the privacy center: a browser that sends `Sec-GPC: 1` sees the
 * notice (the server saw the header on the page request), gives an e-mail, and one `opt_out`
 * request is recorded however often it says so. Where the company site's cookie gives the
 * browser id, the notice records it for that browser with no e-mail. Real api, worker, SMTP sink
 * and Chromium.
 */
describe('the privacy center honours a browser that sends Global Privacy Control', () => {
  let stack: TestStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  /** The browser id's request, recorded by the notice with no e-mail. */
  let browserReference = '';

  const gpcRequests = async () =>
    (await stack.api.get(DataSource).query(
      `SELECT reference, type, email, identities FROM requests WHERE source = 'gpc'
          ORDER BY received_at`,
    )) as {
      reference: string;
      type: string;
      email: string | null;
      identities: Record<string, string[]>;
    }[];

  const open = async (options: { header?: boolean; script?: boolean; browserId?: string }) => {
    const context = await browser.newContext({
      locale: 'en-US',
      // What a browser with GPC switched on sends with every request, the page's fetches too.
      ...(options.header ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {}),
    });
    contexts.push(context);
    if (options.browserId) {
      // The company site set it; the privacy center on the same site receives it.
      await context.addCookies([
        { name: BROWSER_ID_COOKIE, value: options.browserId, url: stack.baseUrl },
      ]);
    }
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
    [stack, browser] = await Promise.all([
      startTestStack({ env: { GPC_BROWSER_ID_COOKIE: BROWSER_ID_COOKIE } }),
      launchChromium(),
    ]);
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
    expect(first).toEqual([
      {
        reference: expect.any(String),
        type: 'opt_out',
        email: PERSON,
        identities: { email: [PERSON] },
      },
    ]);
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

  it('records a known browser id at once where the page came with its cookie and Sec-GPC: 1', async () => {
    const before = await gpcRequests();
    const { page, watch } = await open({ header: true, browserId: VISITOR });
    const notice = page.getByRole('form', { name: TITLE });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('no e-mail is needed');
    expect(await page.locator('meta[name="dsar-browser-id"]').getAttribute('content')).toBe(
      VISITOR,
    );
    // No click, no e-mail: the signal and the browser id are enough.
    const outcome = page.locator('#gpc-outcome', { hasText: /^Recorded for this browser/ });
    await outcome.waitFor();
    const recorded = (await gpcRequests()).slice(before.length);
    expect(recorded).toEqual([
      {
        reference: expect.any(String),
        type: 'opt_out',
        email: null,
        identities: { cookie_id: [VISITOR] },
      },
    ]);
    expect(await outcome.textContent()).toContain(recorded[0]!.reference);
    const remembered = (await stack.api
      .get(DataSource)
      .query(
        `SELECT identity_type, identity_value, reference FROM opt_outs WHERE identity_value = $1`,
        [VISITOR],
      )) as unknown[];
    expect(remembered).toEqual([
      { identity_type: 'cookie_id', identity_value: VISITOR, reference: recorded[0]!.reference },
    ]);

    // The next visit says it again: the same request.
    await page.reload();
    await page.locator('#gpc-outcome', { hasText: recorded[0]!.reference }).waitFor();
    await watch.settle();
    expect((await gpcRequests()).slice(before.length)).toEqual(recorded);
    browserReference = recorded[0]!.reference;

    // An e-mail given joins this browser's opt-out; a follow-up tells the systems of it, unmailed.
    const again = page.getByRole('form', { name: TITLE });
    await again.getByLabel('Your e-mail address (optional)').fill(VISITOR_EMAIL);
    await again.getByRole('button', { name: 'Record my opt-out' }).click();
    await page.locator('#gpc-outcome', { hasText: /^Recorded: / }).waitFor();
    expect(await page.locator('#gpc-outcome').textContent()).toContain(browserReference);
    const after = (await gpcRequests()).slice(before.length);
    expect(after).toEqual([
      { ...recorded[0], identities: { cookie_id: [VISITOR], email: [VISITOR_EMAIL] } },
      {
        reference: expect.any(String),
        type: 'opt_out',
        email: null,
        identities: { email: [VISITOR_EMAIL] },
      },
    ]);
    await watch.settle();
    expect(stack.smtp.mails.some((mail) => mail.to.includes(VISITOR_EMAIL))).toBe(false);
    expect(watch.drain()).toEqual([]);
  });

  it('shows staff a request from a browser signal as having no e-mail, in the list and on its page', async () => {
    expect(browserReference).not.toBe('');
    const officer = await signIn(stack, 'officer');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(BUDGETS.step);
    const watch = new PageWatch(page);
    await page.goto(`${stack.baseUrl}/admin/`, { timeout: BUDGETS.slowStep });
    await page.getByLabel('E-mail').fill(officer.email);
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('heading', { name: 'Privacy requests' })
      .waitFor({ timeout: BUDGETS.slowStep });

    await page.goto(`${stack.baseUrl}/admin/requests`);
    // Nothing left to do for it (no system is connected): it is behind "All requests".
    await page.getByLabel('Show').click();
    await page.getByRole('option').filter({ hasText: 'All requests' }).click();
    await page.getByLabel('Search (reference, e-mail, name)').fill(browserReference);
    const row = page.getByRole('row').filter({ hasText: browserReference });
    await row.getByRole('cell', { name: 'no e-mail (browser signal)', exact: true }).waitFor();

    await row.click();
    await page.waitForURL(/\/admin\/requests\/[0-9a-f-]{36}\/show/);
    await page.getByRole('heading', { name: browserReference, exact: true }).waitFor();
    await page.getByText('no e-mail (browser signal)', { exact: true }).waitFor();
    await watch.settle();
    expect(watch.drain()).toEqual([]);
  });

  it('never hands the browser id to a page request without the signal', async () => {
    const { page, watch } = await open({ browserId: VISITOR });
    await watch.settle();
    expect(await page.getByRole('form', { name: TITLE }).count()).toBe(0);
    expect(await page.locator('meta[name="dsar-browser-id"]').count()).toBe(0);
    expect(watch.drain()).toEqual([]);
  });
});
