import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { DEMO_STAFF, DemoRuntime, NAMED_PLAYERS } from '@dsar/demo';
import { dropDemoStats } from '@dsar/testing';
import { readZip } from '@dsar/testing';
import { ScenarioClient } from '../support/scenario-client.js';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { docsScreenshot, launchChromium } from './support/browser.js';
import { BUDGETS, scaled } from './support/budgets.js';

// Each step runs a request through every demo system and two or three staff tasks.
jest.setTimeout(scaled(120_000));

const ADA = NAMED_PLAYERS[0];
const OFFICER = DEMO_STAFF.find((staff) => staff.role === 'officer')!;
const NEW_PHONE = '+380501112233';
const NEW_EMAIL = 'ada.lovelace@example.com';
const emailOf = (name: string) => NAMED_PLAYERS.find((player) => player.name === name)!.email;
const SEEDED_REQUESTS: [email: string, statusLabel: string][] = [
  [emailOf('Lukas Schmidt'), 'Pending verification'],
  [emailOf('Camille Dubois'), 'Awaiting approval'],
  [emailOf('Iryna Bondarenko'), 'Awaiting approval'],
  [emailOf('Taras Shevchenko'), 'Cancelled'],
  [emailOf('Taras Shevchenko'), 'In progress'],
  ['visitor@example.org', 'Denied'],
];
const [GOOGLE_SIGN_IN, LIQPAY, AD_PARTNERS] = [
  'Google sign-in',
  'LiqPay (payment provider)',
  'Advertising and retargeting partners',
];
const DEMO_SYSTEMS = [
  ...['Accounts database', AD_PARTNERS, 'Google Analytics', GOOGLE_SIGN_IN, LIQPAY],
  ...['Newsletter service', 'Payments database', 'Website statistics'],
];

/**
 * The five-minute tour of docs/demo.md, sections 1–3, clicked through in Debian's Chromium on the
 * seeded demo tenant with the dev mailbox, so the tour cannot go stale without this failing.
 */
describe('the demo tour (docs/demo.md 1–3) in a browser', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dsar-demo-tour-'));
  let stack: TestStack;
  let browser: Browser;
  let db: pg.Client;
  let api: ScenarioClient; // the officer over the API, only to wait for states
  let subject: Page; // Ada: the privacy center and the dev mailbox
  let staff: Page; // the officer: the admin UI
  let ada: { clientIds: string[]; cookieIds: string[] };

  async function newPage(): Promise<Page> {
    const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
    page.setDefaultTimeout(BUDGETS.step);
    return page;
  }

  /** Opens, in the dev mailbox, the mail to `to` with this subject once it has been written. */
  async function openMail(to: string, mailSubject: string): Promise<void> {
    const link = subject
      .locator('tr', { hasText: to })
      .getByRole('link', { name: mailSubject, exact: true });
    await api.until(
      async () => (await subject.goto(`${stack.baseUrl}/dev/mailbox`), link.count()),
      (count) => count > 0,
      `"${mailSubject}" to ${to} in the dev mailbox`,
    );
    await link.first().click();
  }

  /** Sends the privacy center's form; returns the reference it acknowledges. */
  async function submitForm(type: string, email: string, fillMore?: () => Promise<void>) {
    await subject.goto(`${stack.baseUrl}/`);
    await subject.getByLabel(type).check();
    await fillMore?.();
    await subject.getByLabel(/Your e-mail address/).fill(email);
    await subject.getByLabel('Where do you live?').selectOption('DE');
    await subject.getByRole('button', { name: 'Send my request' }).click();
    await subject.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    return /DSR-\d{4}-\d+/.exec(await subject.locator('#sent').innerText())![0];
  }

  /** Opens the acknowledgement, follows "Confirm my request", confirms, lands on the status page. */
  async function confirmByMail(email: string, reference: string): Promise<void> {
    await openMail(email, `Your privacy request ${reference}`);
    await subject.getByRole('link', { name: 'Confirm my request' }).click();
    await subject.getByRole('button', { name: 'Confirm my request' }).click();
    await subject.waitForURL(/\/status\?token=/);
    await subject.locator('#status', { hasText: /waiting for our privacy team/i }).waitFor();
  }

  /** The officer finds the request in Requests, opens it and approves it; returns its id. */
  async function approveInAdmin(reference: string): Promise<string> {
    await staff.getByRole('menuitem', { name: 'Requests' }).click();
    await staff.getByLabel('Search (reference, e-mail, name)').fill(reference);
    // Clicked once the search has applied: a row of the list before it may be re-rendered away.
    await api.until(
      () => staff.locator('tbody tr').allInnerTexts(),
      (rows) => rows.length === 1 && rows[0]!.includes(reference),
      `the queue to show only ${reference}`,
    );
    await staff.locator('tbody tr', { hasText: reference }).click();
    await staff.waitForURL(/\/admin\/requests\/[0-9a-f-]{36}\/show/);
    const id = /requests\/([0-9a-f-]{36})/.exec(staff.url())![1]!;
    await staff.getByRole('button', { name: 'Approve', exact: true }).click();
    const approved = staff.waitForResponse((r) => r.url().endsWith(`/requests/${id}/approve`));
    const dialog = staff.getByRole('dialog', { name: /Approve/ });
    // An erasure asks for the officer's word that they know it cannot be undone.
    const approve = dialog.getByRole('button', { name: 'Approve', exact: true });
    const understood = dialog.getByLabel(/cannot be brought back/);
    if (await dialog.getByText('An erasure cannot be undone.').count()) {
      expect(await approve.isDisabled()).toBe(true);
      await understood.check();
    }
    await approve.click();
    expect((await approved).status()).toBe(200);
    return id;
  }

  /** Once the fan-out has settled, exactly `systems` wait for staff; each is closed in the inbox. */
  async function recordOutcomes(
    id: string,
    reference: string,
    systems: string[],
    outcome: string,
    attach?: { system: string; name: string; content: string },
  ) {
    const tasks = await api.until(
      () => api.tasks(id),
      (all) => all.length > 0 && all.every((t) => t.state !== 'queued' && t.state !== 'running'),
      `the fan-out of ${reference} to settle`,
    );
    const waiting = tasks.filter((task) => task.state === 'waiting').map((task) => task.systemName);
    expect(waiting.sort()).toEqual([...systems].sort());
    await staff.getByRole('menuitem', { name: 'Task inbox' }).click();
    const rows = staff.locator('tbody tr', { hasText: reference });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(systems.length);
    for (const system of systems) {
      const row = rows.filter({ hasText: system });
      await row.getByRole('button', { name: 'Record outcome' }).click();
      const dialog = staff.getByRole('dialog', { name: `Close the ${system} task by hand` });
      await dialog.getByLabel('Outcome').click();
      await staff.getByRole('option', { name: outcome, exact: true }).click();
      await dialog.getByRole('textbox', { name: 'What was done' }).fill(`${outcome} (demo tour)`);
      if (attach?.system === system) {
        await dialog.getByLabel('Files to attach').setInputFiles({
          name: attach.name,
          mimeType: 'text/csv',
          buffer: Buffer.from(attach.content),
        });
        await dialog.getByText(`To attach: ${attach.name}`).waitFor();
      }
      await dialog.getByRole('button', { name: 'Close task' }).click();
      await row.waitFor({ state: 'detached' });
    }
    const closed = (await api.tasks(id)).filter((task) => systems.includes(task.systemName));
    const recorded = outcome === 'No data found' ? 'not_found' : 'completed';
    expect(closed.map((task) => task.result?.outcome)).toEqual(systems.map(() => recorded));
  }

  /** Waits for the request to complete, then opens it in the admin UI: its chip says Completed. */
  async function showCompleted(id: string): Promise<void> {
    const done = (request: { status: string }) => request.status === 'completed';
    await api.until(() => api.request(id), done, `request ${id} to complete`);
    await staff.goto(`${stack.baseUrl}/admin/requests/${id}/show`);
    await staff.getByText('Completed', { exact: true }).first().waitFor();
  }

  beforeAll(async () => {
    // No SMTP_URL: every mail stays in the dev mailbox, as in the tour.
    const env = { SEED_DEMO: 'true', DATA_DIR: dataDir, OUTBOUND_ALLOWLIST: '127.0.0.1' };
    [stack, browser] = await Promise.all([
      startTestStack({ env: { ...env, SMTP_URL: '' } }),
      launchChromium(),
    ]);
    db = new pg.Client({ connectionString: stack.database.url });
    await db.connect();
    api = new ScenarioClient(stack);
    await api.signIn(OFFICER.email, OFFICER.password);
    ada = (
      await db.query(`SELECT
        ARRAY(SELECT client_id FROM flatris_accounts.analytics_clients WHERE player_id = 1) AS "clientIds",
        ARRAY(SELECT cookie_id FROM flatris_accounts.cookies WHERE player_id = 1) AS "cookieIds"`)
    ).rows[0];
    [subject, staff] = await Promise.all([newPage(), newPage()]);
  }, BUDGETS.setup);

  afterAll(async () => {
    await browser?.close();
    await dropDemoStats(stack?.api.get(DemoRuntime).endpoints);
    await db?.end();
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('1. the officer signs in and finds the seeded requests and the eight systems', async () => {
    await staff.goto(`${stack.baseUrl}/admin/`);
    await staff.getByLabel('E-mail').fill(OFFICER.email);
    await staff.locator('input[name="password"]').fill(OFFICER.password);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.getByRole('menuitem', { name: 'Requests' }).click();
    const rows = staff.locator('tbody tr');
    // The queue opens on the open requests; "All requests" shows the closed ones too.
    await rows.filter({ hasText: emailOf('Lukas Schmidt') }).waitFor();
    expect(await rows.filter({ hasText: 'Cancelled' }).count()).toBe(0);
    await staff.getByLabel('Show').click();
    await staff.getByRole('option').filter({ hasText: 'All requests' }).click();
    await rows.filter({ hasText: 'Cancelled' }).waitFor();
    expect(await rows.count()).toBe(SEEDED_REQUESTS.length);
    for (const [email, statusLabel] of SEEDED_REQUESTS) {
      const row = rows.filter({ hasText: email }).filter({ hasText: statusLabel });
      expect([email, statusLabel, await row.count()]).toEqual([email, statusLabel, 1]);
    }
    await rows.filter({ hasText: 'visitor@example.org' }).filter({ hasText: 'ccpa' }).waitFor();
    // Iryna's access was extended (two more months), with the reason mailed to her.
    const iryna = await rows.filter({ hasText: emailOf('Iryna Bondarenko') }).innerText();
    expect(Number(/(\d+) days left/.exec(iryna)?.[1])).toBeGreaterThan(45);
    const extended = `Your privacy request ${/DSR-\d{4}-\d+/.exec(iryna)![0]}: new answer date`;
    // The dev mailbox says when, as a person reads it, in the controller's zone (not raw ISO).
    await subject.goto(`${stack.baseUrl}/dev/mailbox`);
    const when = await subject.locator('tbody tr td').first().innerText();
    expect(when).toMatch(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2} (UTC|GMT)/);
    await openMail(emailOf('Iryna Bondarenko'), extended);
    await subject.locator('body', { hasText: 'we need more time to gather it' }).waitFor();

    await staff.getByRole('menuitem', { name: 'Systems' }).click();
    await staff.getByRole('cell', { name: 'Website statistics', exact: true }).waitFor();
    expect(await staff.locator('tbody tr td.column-name').allInnerTexts()).toEqual(DEMO_SYSTEMS);
    // Each shows its inventory: purposes (policy 2.2.x), legal bases, recipients, retention.
    await staff.getByRole('cell', { name: 'Payments database', exact: true }).click();
    await staff.waitForURL(/\/admin\/systems\/.+\/show/);
    for (const fact of [/policy 2\.2\.\d/, /Legal obligation/, /LiqPay .*policy 3\.1/, /5 years/]) {
      await staff.locator('main', { hasText: fact }).waitFor();
    }
  });

  it('2. Ada asks for her data; the officer approves and closes the staff tasks; she downloads it', async () => {
    const reference = await submitForm('Send me a copy of my data', ADA.email);
    await confirmByMail(ADA.email, reference);
    const id = await approveInAdmin(reference);
    const liqpayExport = { system: LIQPAY, name: 'liqpay-export.csv', content: 'no rows\n' };
    await recordOutcomes(id, reference, [GOOGLE_SIGN_IN, LIQPAY], 'No data found', liqpayExport);
    // The file LiqPay sent back is kept on its task and downloads from the task's page.
    const liqpay = (await api.tasks(id)).find((task) => task.systemName === LIQPAY)!;
    await staff.goto(`${stack.baseUrl}/admin/tasks/${liqpay.id}/show`);
    await staff.setViewportSize({ width: 1366, height: 768 });
    await staff.getByRole('button', { name: `Download ${liqpayExport.name}` }).waitFor();
    await docsScreenshot(staff, 'admin-task-attachment');
    const saved = staff.waitForEvent('download');
    await staff.getByRole('button', { name: `Download ${liqpayExport.name}` }).click();
    const file = await saved;
    expect(file.suggestedFilename()).toBe(liqpayExport.name);
    expect(readFileSync(await file.path(), 'utf8')).toBe(liqpayExport.content);
    await showCompleted(id);

    // The Subject tab lists the identities used: what the accounts database provided.
    const types = await staff.locator('dl dt').allInnerTexts();
    const values = await staff.locator('dl dd').allInnerTexts();
    const used = Object.fromEntries(types.map((type, i) => [type, values[i]!.split(', ').sort()]));
    expect(used).toEqual({
      email: [ADA.email],
      user_id: ['1'],
      phone: [ADA.phone],
      google_sub: [ADA.googleSub],
      analytics_client_id: [...ada.clientIds].sort(),
      cookie_id: [...ada.cookieIds].sort(),
    });

    await openMail(ADA.email, `Your personal data is ready (${reference})`);
    await subject.getByRole('link', { name: 'Download my data', exact: true }).click();
    await subject.waitForURL(/\/download\?token=/);
    const download = subject.waitForEvent('download');
    await subject.getByRole('link', { name: 'Download my data (zip)' }).click();
    const files = await readZip(createReadStream(await (await download).path()));
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'report.html']));
    // Data from every system that holds some (Google Analytics takes part in erasures only).
    const folders = new Set(names.filter((n) => n.startsWith('data/')).map((n) => n.split('/')[1]));
    // …and the file LiqPay sent back, attached to its task.
    expect([...folders].sort()).toEqual([
      'Accounts_database',
      'LiqPay_payment_provider',
      'Newsletter_service',
      'Payments_database',
      'Website_statistics',
    ]);
    expect(files['data/Accounts_database/flatris_accounts.players.json']).toContain(ADA.email);
    expect(names).toContain('data/LiqPay_payment_provider/attachments/liqpay-export.csv');
    expect(JSON.parse(files['manifest.json']!).identitiesUsed.user_id).toEqual(['1']);
    // The password hash and session tokens never leave the database.
    expect(JSON.stringify(files)).not.toMatch(/password_hash|token_hash|argon2/);
  });

  it('3. Ada corrects her phone and e-mail, then erases her data', async () => {
    const correction = await submitForm('Correct my data', ADA.email, async () => {
      const field = subject.getByLabel('Information to correct');
      const value = subject.getByLabel('Correct value');
      await field.selectOption({ label: 'Phone number' });
      await value.fill(NEW_PHONE);
      await subject.getByRole('button', { name: 'Add another correction' }).click();
      await field.nth(1).selectOption({ label: 'E-mail address' });
      await value.nth(1).fill(NEW_EMAIL);
    });
    await confirmByMail(ADA.email, correction);
    // No task waits for staff: it completes on its own.
    await showCompleted(await approveInAdmin(correction));
    const player = await db.query('SELECT email, phone FROM flatris_accounts.players WHERE id = 1');
    expect(player.rows[0]).toEqual({ email: NEW_EMAIL, phone: NEW_PHONE });

    const erasure = await submitForm('Delete my data', NEW_EMAIL);
    await confirmByMail(NEW_EMAIL, erasure);
    const id = await approveInAdmin(erasure);
    await recordOutcomes(id, erasure, [GOOGLE_SIGN_IN, LIQPAY, AD_PARTNERS], 'Done');
    await showCompleted(id);

    // The completion mail: what was erased, what was kept (her transactions), why, until when.
    await openMail(NEW_EMAIL, `Your personal data has been erased (${erasure})`);
    const mail = await subject.locator('body').innerText();
    for (const said of [/We erased/, /transaction/i, /17\(3\)\(b\)/, /until \d{1,2} \w+ \d{4}/]) {
      expect(mail).toMatch(said);
    }
    const erased = await db.query(
      `SELECT (SELECT phone FROM flatris_accounts.players WHERE id = 1) AS phone,
         count(*)::int AS transactions, count(restricted_at)::int AS restricted,
         ARRAY(SELECT cookie_id FROM flatris_accounts.ad_suppression_list
           WHERE cookie_id = ANY($1) ORDER BY 1) AS suppressed
       FROM flatris_payments.transactions WHERE player_id = 1`,
      [ada.cookieIds],
    );
    const { transactions, ...rest } = erased.rows[0];
    expect(transactions).toBeGreaterThan(0);
    const suppressed = [...ada.cookieIds].sort();
    expect(rest).toEqual({ phone: null, restricted: transactions, suppressed });
  });
});
