import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { StaffIntake } from '@dsar/requests';
import { waitFor } from '@dsar/testing';
import { linkToken, startTestStack, type TestStack } from '../support/test-stack.js';
import {
  call,
  signIn,
  TEST_PASSWORD,
  type SignedIn,
} from '../../apps/api/src/admin/testing/staff-test-kit.js';
import { launchChromium, screenshot, seriousA11yViolations } from './support/browser.js';
import { BUDGETS, scaled } from './support/budgets.js';
import { AnsweringSystem } from './support/data-receiver.js';

// Each test is a few page steps; the bound per step is BUDGETS.step.
jest.setTimeout(BUDGETS.setup + scaled(60_000));

const SUBJECT = 'ada.lovelace@example.com';

/**
 * The whole walk in Debian's Chromium against the real api and worker: a subject asks for their
 * data, confirms by the mailed link, an officer previews and approves it, it completes, the
 * officer downloads the package and the subject sees the answer; a viewer can only look.
 */
describe('staff UI and privacy center in a browser', () => {
  let stack: TestStack;
  let browser: Browser;
  let dataDir: string;
  const system = new AnsweringSystem();
  let admin: SignedIn;
  let officer: SignedIn;
  let viewer: SignedIn;
  let subject: Page;
  let staff: Page;
  let statusUrl = '';
  let reference = '';
  let requestId = '';
  const contexts: BrowserContext[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(BUDGETS.step);
    return page;
  }

  async function signInThroughUi(page: Page, who: SignedIn): Promise<void> {
    await page.goto(`${stack.baseUrl}/admin/`);
    await page.getByLabel('E-mail').fill(who.email);
    await page.locator('input[name="password"]').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Privacy requests' }).waitFor();
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dsar-browser-'));
    const systemUrl = await system.start();
    [stack, browser] = await Promise.all([
      startTestStack({ env: { DATA_DIR: dataDir, OUTBOUND_ALLOWLIST: '127.0.0.1' } }),
      launchChromium(),
    ]);
    [admin, officer, viewer] = await Promise.all([
      signIn(stack, 'admin'),
      signIn(stack, 'officer'),
      signIn(stack, 'viewer'),
    ]);
    // A connected system to fan out to (through the systems API, as an admin would).
    const registered = await call(stack, 'POST', '/api/admin/systems', admin.token, {
      name: 'Newsletter service',
      kind: 'webhook',
      owner: { name: 'Marketing', email: 'marketing@example.com' },
      enabled: true,
      categories: ['user.contact.email'],
      purposes: ['newsletter'],
      legalBases: ['consent'],
      recipients: [],
      retention: 'until unsubscribed',
      identityTypes: ['email'],
      actions: ['access', 'erasure', 'rectification'],
      settings: { url: systemUrl },
    });
    expect(registered.status).toBe(201);
    // Older requests entered by post, so the queue shows every deadline colour.
    const DAY = 86_400_000;
    for (const [email, daysAgo] of [
      ['grace@example.com', 35],
      ['alan@example.com', 28],
      ['edsger@example.com', 24],
    ] as const) {
      await stack.api.get(StaffIntake).enter(
        {
          type: 'erasure',
          email,
          name: null,
          jurisdiction: 'gdpr',
          details: null,
          corrections: null,
          channel: 'post',
          receivedAt: new Date(Date.now() - daysAgo * DAY),
          verificationNote: 'signed letter with a copy of an ID',
        },
        { type: 'system', id: null },
      );
    }
    subject = await newPage();
    staff = await newPage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await stack?.stop();
    await system.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves both UIs without shadowing the API, the dev mailbox or the package download', async () => {
    const page = await fetch(`${stack.baseUrl}/admin/requests/42/show`, {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await page.text();
    expect(html).toContain('/admin/assets/');
    // The page names the product and the controller, has a favicon and is asked for each time.
    expect(html).toContain('<title>DSAR back-office · Flatris</title>');
    expect(html).toContain('<meta name="dsar-controller" content="Flatris" />');
    expect(html).toMatch(/<link rel="icon"[^>]+\/admin\/assets\/favicon-[\w-]+\.svg/);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    // The bundle: content-hashed, so kept a year; sent precompressed to a browser that takes it.
    const script = /src="(\/admin\/assets\/index-[\w-]+\.js)"/.exec(html)![1]!;
    const plain = await fetch(`${stack.baseUrl}${script}`, {
      headers: { 'accept-encoding': 'identity' },
    });
    const plainBytes = (await plain.arrayBuffer()).byteLength;
    for (const encoding of ['br', 'gzip']) {
      const asset = await fetch(`${stack.baseUrl}${script}`, {
        headers: { 'accept-encoding': `${encoding}` },
      });
      expect([encoding, asset.status, asset.headers.get('content-encoding')]).toEqual([
        encoding,
        200,
        encoding,
      ]);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('vary')).toBe('Accept-Encoding');
      // fetch decodes the body: the same script, a third of the bytes on the wire or less.
      expect((await asset.arrayBuffer()).byteLength).toBe(plainBytes);
      expect(Number(asset.headers.get('content-length'))).toBeLessThan(plainBytes / 3);
    }
    expect(plain.headers.get('content-encoding')).toBeNull();
    for (const path of ['/', '/verify?token=x', '/status?token=x', '/download?token=x']) {
      const answer = await fetch(`${stack.baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect([path, answer.status, await answer.text()]).toEqual([
        path,
        200,
        expect.stringContaining('/assets/'),
      ]);
    }
    expect((await fetch(`${stack.baseUrl}/api/health`)).headers.get('content-type')).toMatch(
      /json/,
    );
    expect((await fetch(`${stack.baseUrl}/api/admin/stats`)).status).toBe(401);
    expect(await (await fetch(`${stack.baseUrl}/dev/mailbox`)).text()).not.toContain('/assets/');
    // The file itself (`file=1`, or a client that does not ask for a page) is the packages controller's.
    expect((await fetch(`${stack.baseUrl}/download?token=${'A'.repeat(43)}`)).status).toBe(404);
    const file = await fetch(`${stack.baseUrl}/download?token=${'A'.repeat(43)}&file=1`, {
      headers: { accept: 'text/html' },
    });
    expect(file.status).toBe(404);
  });

  it('the subject fills in the public form', async () => {
    await subject.goto(`${stack.baseUrl}/`);
    expect(await seriousA11yViolations(subject)).toEqual([]);
    // Errors are tied to their fields: an empty e-mail is named next to the field.
    await subject.getByRole('button', { name: 'Send my request' }).click();
    const email = subject.getByLabel(/Your e-mail address/);
    await subject.locator('input[type="email"][aria-invalid="true"]').waitFor();
    const describedBy = (await email.getAttribute('aria-describedby'))!.split(' ');
    const errorText = await subject.locator(`[id="${describedBy.at(-1)}"]`).textContent();
    expect(errorText).toMatch(/e-mail/);
    await screenshot(subject, 'privacy-center-form-errors');

    await subject.getByLabel('Send me a copy of my data').check();
    await email.fill(SUBJECT);
    await subject.getByLabel('Your name').fill('Ada Lovelace');
    await subject.getByLabel('Where do you live?').selectOption('DE');
    await screenshot(subject, 'privacy-center-form');
    await subject.getByLabel('Your name').press('Enter'); // the keyboard alone submits
    await subject.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    reference = /DSR-\d{4}-\d+/.exec((await subject.locator('#sent').textContent()) ?? '')![0];
  });

  it('the subject confirms through the link in the mail and lands on the status page', async () => {
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(SUBJECT) && m.text.includes('/verify?token='),
    );
    await subject.goto(`${stack.baseUrl}/verify?token=${linkToken(mail.text, '/verify')}`);
    await subject.getByRole('button', { name: 'Confirm my request' }).click();
    await subject.waitForURL(/\/status\?token=/);
    await expect(subject.locator('#status').textContent()).resolves.toMatch(
      /waiting for our privacy team/i,
    );
    statusUrl = subject.url();
    expect(await seriousA11yViolations(subject)).toEqual([]);
    await screenshot(subject, 'privacy-center-status');
  });

  it('the same link opened again says the request is already confirmed, not an error', async () => {
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(SUBJECT) && m.text.includes('/verify?token='),
    );
    const again = await subject.context().newPage();
    await again.goto(`${stack.baseUrl}/verify?token=${linkToken(mail.text, '/verify')}`);
    await again.getByRole('button', { name: 'Confirm my request' }).click();
    await again.getByRole('heading', { name: 'Your request is already confirmed' }).waitFor();
    await expect(again.locator('main').textContent()).resolves.toContain(reference);
    expect(await again.locator('.error-text').count()).toBe(0);
    await again.close();
  });

  it('an officer signs in and finds the request in the queue', async () => {
    await staff.goto(`${stack.baseUrl}/admin/`);
    await staff.getByLabel('E-mail').waitFor();
    expect(await seriousA11yViolations(staff)).toEqual([]);
    await signInThroughUi(staff, officer);
    await screenshot(staff, 'admin-dashboard');
    await staff.getByRole('menuitem', { name: 'Requests' }).click();
    const row = staff.getByRole('row').filter({ hasText: reference });
    const overdueRow = staff.getByRole('row').filter({ hasText: 'grace@example.com' });
    // Soonest deadline first; the overdue one says so in words, not only in red.
    await overdueRow.getByText(/OVERDUE by \d+ days?/).waitFor();
    await staff.getByLabel('Search (reference, e-mail, name)').fill(reference);
    await overdueRow.waitFor({ state: 'detached' });
    await expect(row.textContent()).resolves.toMatch(/days left/);
    expect(await seriousA11yViolations(staff)).toEqual([]);
    await staff.getByLabel('Search (reference, e-mail, name)').fill('');
    await overdueRow.waitFor();
    await row.waitFor();
    await screenshot(staff, 'admin-queue');
    await row.click();
    await staff.waitForURL(/\/admin\/requests\/[0-9a-f-]{36}\/show/);
    requestId = /requests\/([0-9a-f-]{36})/.exec(staff.url())![1]!;
    await staff.getByRole('heading', { name: reference, exact: true }).waitFor();
    expect(await seriousA11yViolations(staff)).toEqual([]);
  });

  it('the officer previews the request', async () => {
    const answer = staff.waitForResponse((r) => r.url().endsWith(`/requests/${requestId}/preview`));
    await staff.getByRole('button', { name: 'Preview' }).click();
    const dialog = staff.getByRole('dialog', { name: /What approving/ });
    await dialog.waitFor();
    const response = await answer;
    await dialog.getByText(/Working it out/).waitFor({ state: 'detached' });
    await screenshot(staff, 'admin-preview');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(response.status()).toBe(200);
  });

  it('the officer approves it and it completes', async () => {
    await staff.getByRole('button', { name: 'Approve', exact: true }).click();
    const dialog = staff.getByRole('dialog', { name: /Approve/ });
    const answer = staff.waitForResponse((r) => r.url().endsWith(`/requests/${requestId}/approve`));
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    expect((await answer).status()).toBe(200);
    const status = await waitFor(
      async () =>
        (await call(stack, 'GET', `/api/admin/requests/${requestId}`, officer.token)).body
          .status as string,
      (value) => value !== 'in_progress',
      BUDGETS.slowStep,
    );
    expect(status).toBe('completed');
    await staff.reload();
    await staff.getByText('Completed', { exact: true }).first().waitFor();
    await staff.getByRole('tab', { name: 'Tasks' }).click();
    await screenshot(staff, 'admin-request-tasks');
    await staff.getByRole('tab', { name: 'Timeline' }).click();
    await staff.getByRole('cell', { name: 'approve', exact: false }).first().waitFor();
    await screenshot(staff, 'admin-request');
  });

  it('the officer downloads the package', async () => {
    const download = staff.waitForEvent('download');
    await staff.getByRole('button', { name: 'Download package' }).click();
    const file = await (await download).path();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('the officer checks the audit chain', async () => {
    await staff.getByRole('menuitem', { name: 'Audit log' }).click();
    await staff.getByRole('button', { name: 'Verify the audit chain' }).click();
    await staff
      .getByRole('status')
      .filter({ hasText: /Intact: \d+ events/ })
      .waitFor();
  });

  it('the subject sees the answer on the status page', async () => {
    await subject.goto(statusUrl);
    await expect(subject.locator('#status').textContent()).resolves.toMatch(/Completed/);
    await screenshot(subject, 'privacy-center-status-completed');
    // A fresh link, asked for with the keyboard alone.
    await subject.getByLabel(/Your e-mail address/).fill(SUBJECT);
    await subject.getByLabel(/Request reference/).fill(reference);
    await subject.keyboard.press('Tab');
    await subject.keyboard.press('Enter');
    await subject.getByText('If the details match a request, we have sent a fresh link').waitFor();
  });

  it('the subject downloads the package from the link in the completion mail', async () => {
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(SUBJECT) && m.text.includes('/download?token='),
    );
    await subject.goto(`${stack.baseUrl}/download?token=${linkToken(mail.text, '/download')}`);
    const download = subject.waitForEvent('download');
    await subject.getByRole('link', { name: 'Download my data (zip)' }).click();
    const file = await (await download).path();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('a subject cancels a request from the status page with the keyboard', async () => {
    const submitted = await call(stack, 'POST', '/api/requests', undefined, {
      type: 'erasure',
      email: 'charles@example.com',
      jurisdiction: 'gdpr',
    });
    expect(submitted.status).toBe(202);
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes('charles@example.com') && m.text.includes('/status?token='),
    );
    await subject.goto(`${stack.baseUrl}/status?token=${linkToken(mail.text, '/status')}`);
    await subject.getByRole('button', { name: 'Cancel my request' }).focus();
    await subject.keyboard.press('Enter');
    await subject.getByRole('button', { name: 'Yes, cancel my request' }).waitFor(); // focus moves to it
    await subject.keyboard.press('Enter');
    await subject.getByText('Your request has been cancelled.').waitFor();
    await expect(subject.locator('#status').textContent()).resolves.toBe('Cancelled');
  });

  it('a viewer sees the request but no action buttons', async () => {
    const page = await newPage();
    await signInThroughUi(page, viewer);
    await page.goto(`${stack.baseUrl}/admin/requests/${requestId}/show`);
    await page.getByRole('heading', { name: reference, exact: true }).waitFor();
    await expect(
      page.getByRole('toolbar', { name: 'Actions' }).getByRole('button').count(),
    ).resolves.toBe(0);
    await page.goto(`${stack.baseUrl}/admin/requests`);
    // A completed request is behind "All requests": the queue opens on the open ones.
    await page.getByLabel('Show').click();
    await page.getByRole('option').filter({ hasText: 'All requests' }).click();
    await page.getByRole('row').filter({ hasText: reference }).waitFor();
    await expect(page.getByRole('link', { name: /New request/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('checkbox').count()).resolves.toBe(0);
    await expect(page.getByRole('menuitem', { name: 'Staff' }).count()).resolves.toBe(0);
  });
});
