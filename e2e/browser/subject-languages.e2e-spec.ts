import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { linkToken, startTestStack, type TestStack } from '../support/test-stack.js';
import { call, signIn, type SignedIn } from '../../apps/api/src/admin/testing/staff-test-kit.js';
import { launchChromium } from './support/browser.js';
import { AnsweringSystem } from './support/data-receiver.js';

jest.setTimeout(120_000);

/**
 * The subject's answer in their language, and honest: a German request gets German mails and a
 * German status page (dates in the controller's zone); an erasure where one system could not do
 * it says so, per system, in the completion mail. Real api, worker, SMTP sink and Chromium.
 */
describe('the subject is answered in their language, honestly', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let officer: SignedIn;
  const newsletter = new AnsweringSystem('found');
  const adPlatform = new AnsweringSystem('failing');
  const GERMAN = 'lieselotte@example.com';
  let reference = '';
  let requestId = '';
  let statusToken = '';

  async function register(admin: SignedIn, name: string, url: string): Promise<void> {
    const registered = await call(stack, 'POST', '/api/admin/systems', admin.token, {
      name,
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
      settings: { url },
    });
    expect(registered.status).toBe(201);
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dsar-languages-'));
    const [newsletterUrl, adUrl] = await Promise.all([newsletter.start(), adPlatform.start()]);
    [stack, browser] = await Promise.all([
      startTestStack({
        env: {
          DATA_DIR: dataDir,
          OUTBOUND_ALLOWLIST: '127.0.0.1',
          CONTROLLER_TIMEZONE: 'Europe/Berlin',
        },
      }),
      launchChromium(),
    ]);
    const admin = await signIn(stack, 'admin');
    officer = await signIn(stack, 'officer');
    await register(admin, 'Newsletter service', newsletterUrl);
    await register(admin, 'Ad platform', adUrl);
    const context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await newsletter.stop();
    await adPlatform.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a German request gets a German acknowledgement, dates in German', async () => {
    const submitted = await call(stack, 'POST', '/api/requests', undefined, {
      type: 'erasure',
      email: GERMAN,
      name: 'Lieselotte Pulver',
      jurisdiction: 'gdpr',
      language: 'de-DE',
    });
    expect(submitted.status).toBe(202);
    reference = submitted.body.reference as string;
    const mail = await stack.smtp.waitFor((m) => m.to.includes(GERMAN));
    expect(mail.subject).toBe(`Ihre Datenschutzanfrage ${reference}`);
    expect(mail.text).toContain('Guten Tag Lieselotte Pulver,');
    expect(mail.text).toContain(
      'Wir haben Ihre Anfrage auf Löschung Ihrer personenbezogenen Daten erhalten.',
    );
    expect(mail.text).toMatch(/spätestens bis zum \d{1,2}\. [A-Za-zäÄ]+ \d{4}/);
    expect(mail.html).toContain('<html lang="de-DE">');
    statusToken = linkToken(mail.text, '/status');
    const verified = await call(stack, 'POST', '/api/requests/verify', undefined, {
      token: linkToken(mail.text, '/verify'),
    });
    expect(verified.status).toBe(200);
    const stored = (await stack.api
      .get(DataSource)
      .query('SELECT id, language FROM requests WHERE reference = $1', [reference])) as {
      id: string;
      language: string;
    }[];
    expect(stored[0]!.language).toBe('de-DE');
    requestId = stored[0]!.id;
  });

  it('a bad language tag is a 400 naming the field; none is English', async () => {
    const bad = await call(stack, 'POST', '/api/requests', undefined, {
      type: 'access',
      email: 'tag@example.com',
      jurisdiction: 'gdpr',
      language: 'deutsch bitte',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'language', message: 'must be a BCP 47 language tag such as de or pt-BR' },
    ]);
    const plain = await call(stack, 'POST', '/api/requests', undefined, {
      type: 'access',
      email: 'plain@example.com',
      jurisdiction: 'gdpr',
    });
    expect(plain.status).toBe(202);
    const mail = await stack.smtp.waitFor((m) => m.to.includes('plain@example.com'));
    expect(mail.subject).toBe(`Your privacy request ${plain.body.reference}`);
  });

  it('the status page speaks German to an English browser', async () => {
    await page.goto(`${stack.baseUrl}/status?token=${statusToken}`);
    await page.getByRole('heading', { name: `Anfrage ${reference}` }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('#status').innerText()).toBe(
      'Bestätigt; wartet auf unser Datenschutzteam',
    );
    const dl = await page.locator('dl').innerText();
    expect(dl).toContain('Antwort fällig bis');
    expect(dl).toMatch(/\d{1,2}\. [A-Za-zä]+ \d{4}/);
    expect(await page.locator('#brand').innerText()).toBe('Datenschutzcenter');
    // The reader may still choose another language.
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { name: `Request ${reference}` }).waitFor();
  });

  it('an erasure where one system could not do it says so, per system, in German', async () => {
    const approved = await call(
      stack,
      'POST',
      `/api/admin/requests/${requestId}/approve`,
      officer.token,
      {},
    );
    expect(approved.status).toBeLessThan(300);
    const failed = await waitFor(async () => {
      const listed = await call(
        stack,
        'GET',
        `/api/admin/tasks?filter=${encodeURIComponent(JSON.stringify({ requestId, state: 'failed' }))}`,
        officer.token,
      );
      return (listed.body as { id: string; systemName: string }[])[0];
    });
    expect(failed.systemName).toBe('Ad platform');
    const closed = await call(
      stack,
      'POST',
      `/api/admin/tasks/${failed.id}/complete`,
      officer.token,
      {
        outcome: 'failed',
        note: 'vendor locked the account; ticket 4711',
        subjectNote:
          'Der Anbieter hat Ihr Konto gesperrt; wir haben die Löschung schriftlich verlangt.',
      },
    );
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ state: 'skipped' });
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(GERMAN) && m.subject.includes('Löschanfrage'),
    );
    expect(mail.subject).toBe(`Ihre Löschanfrage: was erledigt ist und was nicht (${reference})`);
    expect(mail.text).not.toMatch(
      /wurden gelöscht|Wir haben Ihre personenbezogenen Daten gelöscht/,
    );
    expect(mail.text).toContain('ein System konnte nicht abschließen');
    expect(mail.text).toContain(
      '- Ad platform: fehlgeschlagen — in diesem System konnten wir es nicht erledigen',
    );
    expect(mail.text).toContain(
      '- Was wir Ihnen zu Ad platform sagen können: Der Anbieter hat Ihr Konto gesperrt',
    );
    expect(mail.text).toContain(
      '- Newsletter service: 1 Eintrag gelöscht, anonymisiert oder entfernt',
    );
    // The internal note stays inside.
    expect(mail.text + mail.html).not.toContain('ticket 4711');
    await page.goto(`${stack.baseUrl}/status?token=${statusToken}`);
    await page.getByRole('heading', { name: `Anfrage ${reference}` }).waitFor();
    expect(await page.locator('#status').innerText()).toBe(
      'Abgeschlossen: Wir haben Ihnen die Antwort per E-Mail geschickt',
    );
  });
});

async function waitFor<T>(read: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
