import { jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DEMO_STAFF, DemoRuntime, NAMED_PLAYERS } from '@dsar/demo';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { ScenarioClient, type TaskView } from '../support/scenario-client.js';
import { demoVisits, dropDemoStats } from '@dsar/testing';

// Each step runs a request through every system of the inventory.
jest.setTimeout(60_000);

/**
 * The scenario of the first customer's privacy policy (issue 7 part 5), end to end through the
 * public API, the staff API and the worker, on the seeded demo tenant: Ada asks for her data,
 * corrects her e-mail and phone, then asks to be forgotten.
 */
const ADA = NAMED_PLAYERS[0];
const NEW_EMAIL = 'ada.lovelace@example.com';
const NEW_PHONE = '+380501112233';
const DEMO_SYSTEM_NAMES = [
  'Accounts database',
  'Payments database',
  'Website statistics',
  'Google Analytics',
  'Google sign-in',
  'LiqPay (payment provider)',
  'Advertising and retargeting partners',
  'Newsletter service',
];

describe('acceptance: the Flatris privacy policy, access → rectification → erasure', () => {
  let stack: TestStack;
  let db: pg.Client;
  let officer: ScenarioClient;
  const dataDir = mkdtempSync(join(tmpdir(), 'dsar-acceptance-'));
  let clientIds: string[] = [];
  let cookieIds: string[] = [];

  beforeAll(async () => {
    stack = await startTestStack({
      env: { SEED_DEMO: 'true', DATA_DIR: dataDir, OUTBOUND_ALLOWLIST: '127.0.0.1' },
    });
    db = new pg.Client({ connectionString: stack.database.url });
    await db.connect();
    officer = new ScenarioClient(stack);
    const account = DEMO_STAFF.find((s) => s.role === 'officer')!;
    await officer.signIn(account.email, account.password);
    clientIds = (
      await db.query<{ client_id: string }>(
        'SELECT client_id FROM flatris_accounts.analytics_clients WHERE player_id = 1 ORDER BY 1',
      )
    ).rows.map((row) => row.client_id);
    cookieIds = (
      await db.query<{ cookie_id: string }>(
        'SELECT cookie_id FROM flatris_accounts.cookies WHERE player_id = 1 ORDER BY 1',
      )
    ).rows.map((row) => row.cookie_id);
  }, 180_000);

  afterAll(async () => {
    await dropDemoStats(stack?.api.get(DemoRuntime).endpoints);
    await db?.end();
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has the policy inventory registered', async () => {
    const systems = await officer.call<{ name: string }[]>(
      'GET',
      '/api/admin/systems?range=[0,49]',
    );
    expect(systems.map((system) => system.name).sort()).toEqual([...DEMO_SYSTEM_NAMES].sort());
  });

  it('access: the package holds data from every system, the identities found and the Art. 15 information', async () => {
    const id = await officer.submitVerified('access', ADA.email);
    await officer.call('POST', `/api/admin/requests/${id}/approve`);
    // The Google sign-in task says what to do for an access request, and what to look Ada up by.
    const signIn = await officer.until(
      async () => (await officer.tasks(id)).find((t) => t.systemName === 'Google sign-in'),
      (task) => task?.state === 'waiting',
      'Google sign-in task waiting',
    );
    expect(signIn!.identitiesToUse).toEqual({ google_sub: [ADA.googleSub] });
    expect(signIn!.note).toMatch(/attach what the OAuth grant holds/);
    expect(signIn!.note).not.toMatch(/revoke|delete/i);
    const shown = await officer.call<TaskView & { dueAt: string; processorDueAt: string | null }>(
      'GET',
      `/api/admin/tasks/${signIn!.id}`,
    );
    expect(shown.identitiesToUse).toEqual({ google_sub: [ADA.googleSub] });
    // A manual task is due processorLeadDays (7 by default) before the person's date; our own
    // database's task has no date of its own (Art. 28(3)(e), our reading).
    expect(new Date(shown.dueAt).getTime() - new Date(shown.processorDueAt!).getTime()).toBe(
      7 * 24 * 3600_000,
    );
    const accountsTask = (await officer.tasks(id)).find(
      (t) => t.systemName === 'Accounts database',
    );
    expect((accountsTask as { processorDueAt?: unknown }).processorDueAt).toBeNull();
    const staffDone = await officer.completeWaitingTasks(
      id,
      'Processor answered: data sent separately (ticket 4711)',
      'This provider sends you its records directly.',
    );
    expect(staffDone.sort()).toEqual(['Google sign-in', 'LiqPay (payment provider)']);
    await officer.until(
      () => officer.request(id),
      (r) => r.status === 'completed',
      'access completed',
    );

    const request = await officer.request(id);
    expect(request.identities).toMatchObject({
      email: [ADA.email],
      user_id: ['1'],
      phone: [ADA.phone],
      google_sub: [ADA.googleSub],
      analytics_client_id: clientIds,
      cookie_id: cookieIds,
    });
    const files = await officer.package(id);
    // `identitiesUsed`: the manifest's name for them (DESIGN.md, "Access package": "the identities
    // used"), as in format dsar-access-package/1.
    const manifest = JSON.parse(files['manifest.json']) as {
      identitiesUsed: Record<string, string[]>;
      systems: {
        name: string;
        categories: string[];
        purposes: string[];
        legalBases: string[];
        recipients: unknown[];
        retention: string;
        files: { collection: string; rows: number; json: string; csv: string }[];
      }[];
    };
    expect(manifest.identitiesUsed).toEqual(request.identities);
    expect(manifest.identitiesUsed.analytics_client_id).toEqual(clientIds);
    for (const name of [
      'Accounts database',
      'Payments database',
      'Website statistics',
      'Newsletter service',
    ]) {
      const system = manifest.systems.find((s) => s.name === name);
      // The Art. 15(1) facts come from the inventory, whichever way the system answered.
      expect([
        name,
        system!.purposes.length > 0,
        system!.legalBases.length > 0,
        system!.categories.length > 0,
        Boolean(system!.retention),
      ]).toEqual([name, true, true, true, true]);
      // Each system's data is in the zip, under data/<system>/, where its manifest entry says.
      const paths = system!.files.flatMap((file) => [file.json, file.csv]);
      expect([
        name,
        paths.length > 0 && paths.every((path) => path.startsWith('data/') && path in files),
      ]).toEqual([name, true]);
    }
    const players = manifest.systems
      .find((s) => s.name === 'Accounts database')!
      .files.find((file) => file.collection === 'flatris_accounts.players')!;
    expect(files[players.json]).toContain(ADA.email);
    // The password hash (`access: false` in the map) is in no file of the package.
    expect(JSON.stringify(files)).not.toContain('argon2');
    expect(files['report.html']).toContain('Accounts database');
    // People read labels and words; table and column names stay in the JSON and CSV files.
    expect(files['report.html']).toContain('Phone number');
    expect(files['report.html']).toMatch(/\d+ records? found/);
    for (const name of ['flatris_accounts', 'flatris_payments', 'display_name', 'user.contact'])
      expect([name, files['report.html']!.includes(name)]).toEqual([name, false]);
    expect(files[players.csv]).toContain('display_name');
    // Only the note written for Ada reaches her; the internal one stays with staff.
    expect(files['report.html']).toContain('This provider sends you its records directly.');
    expect(JSON.stringify(files)).not.toContain('ticket 4711');
    // Art. 15(1)(e)-(h) and 15(2) from the registry: source, transfers, decisions, rights, complaint.
    const report = files['report.html']!;
    expect(report).toContain('Google, when you chose to sign in with your Google account');
    expect(report).toContain('to US, protected by the EU-US Data Privacy Framework');
    expect(report).toContain('to UA, protected by');
    expect(report).toContain('retargeting');
    expect(report).toMatch(/the right to have inaccurate data about you corrected/);
    expect(report).toMatch(/complain to /);
    const facts = JSON.parse(files['manifest.json']!) as {
      rights: { complaint: { url: string } };
      systems: { name: string; source: string; transfers: { country: string }[] }[];
    };
    expect(facts.rights.complaint.url).toMatch(/^https:/);
    expect(facts.systems.find((s) => s.name === 'Google sign-in')?.transfers).toEqual([
      expect.objectContaining({ country: 'US' }),
    ]);
  });

  it('rectification: e-mail and phone changed in the accounts database; recipients notified', async () => {
    const id = await officer.submitVerified('rectification', ADA.email, [
      { field: 'user.contact.email', value: NEW_EMAIL },
      { field: 'user.contact.phone', value: NEW_PHONE },
    ]);
    await officer.call('POST', `/api/admin/requests/${id}/approve`);
    await officer.completeWaitingTasks(id, 'Corrected');
    await officer.until(
      () => officer.request(id),
      (r) => r.status === 'completed',
      'rectification completed',
    );
    const { rows } = await db.query(
      'SELECT email, phone FROM flatris_accounts.players WHERE id = 1',
    );
    expect(rows[0]).toEqual({ email: NEW_EMAIL, phone: NEW_PHONE });
    // The connected newsletter corrected its copy too (found by the old e-mail).
    const newsletter = (await officer.tasks(id)).find((t) => t.systemName === 'Newsletter service');
    expect(newsletter?.result?.outcome).toBe('completed');
    // Art. 19 with Art. 5(1)(c): the ad partners received only cookie ids (from the statistics),
    // so correcting the account tells them nothing; the hosting provider has no address, so staff
    // are asked to tell it.
    const { reference } = await officer.request(id);
    const untold = await stack.smtp.waitFor(
      (m) => m.subject.includes(reference) && /yourselves/.test(m.subject),
    );
    expect(untold.text).toContain('Hosting provider (processor)');
    const notices = await db.query(
      `SELECT count(*)::int AS n FROM outbound_mails WHERE request_id = $1 AND template = 'recipient_notice'`,
      [id],
    );
    expect(notices.rows[0].n).toBe(0);
    expect(stack.smtp.mails.some((m) => m.to.includes('privacy@adpartner.example'))).toBe(false);
  });

  it('erasure: erased, retained under the accounting hold, processors mailed, Analytics called once per client id, webhook confirmed', async () => {
    const transactionsBefore = (
      await db.query(
        'SELECT count(*)::int AS n FROM flatris_payments.transactions WHERE player_id = 1',
      )
    ).rows[0].n as number;
    const id = await officer.submitVerified('erasure', NEW_EMAIL);
    await officer.call('POST', `/api/admin/requests/${id}/approve`);
    const staffDone = await officer.completeWaitingTasks(id, 'Partner confirmed the deletion');
    expect(staffDone.sort()).toEqual([
      'Advertising and retargeting partners',
      'Google sign-in',
      'LiqPay (payment provider)',
    ]);
    await officer.until(
      () => officer.request(id),
      (r) => r.status === 'completed',
      'erasure completed',
    );

    const accounts = await db.query(
      `SELECT p.phone, p.display_name, p.google_sub,
         (SELECT count(*) FROM flatris_accounts.analytics_clients WHERE player_id = 1)::int AS clients,
         (SELECT count(*) FROM flatris_accounts.cookies WHERE player_id = 1)::int AS cookies,
         (SELECT count(*) FROM flatris_accounts.login_history WHERE player_id = 1)::int AS logins,
         (SELECT count(*) FROM flatris_accounts.ad_suppression_list WHERE cookie_id = ANY($1))::int AS suppressed
       FROM flatris_accounts.players p WHERE p.id = 1`,
      [cookieIds],
    );
    expect(accounts.rows[0]).toEqual({
      phone: null,
      display_name: 'Deleted player',
      google_sub: null,
      clients: 0,
      cookies: 0,
      logins: 0,
      suppressed: cookieIds.length,
    });
    // The statistics run on MariaDB when a server answers (the second SQL dialect).
    expect(await demoVisits(db, stack.api.get(DemoRuntime).endpoints!, cookieIds)).toBe(0);
    const transactions = await db.query(
      'SELECT count(*)::int AS n, count(restricted_at)::int AS restricted FROM flatris_payments.transactions WHERE player_id = 1',
    );
    expect(transactions.rows[0]).toEqual({ n: transactionsBefore, restricted: transactionsBefore });

    const tasks = await officer.tasks(id);
    const payments = tasks.find((task) => task.systemName === 'Payments database')!;
    // One item for the transactions: their columns, the basis and the date, said once.
    expect(payments.result?.retained).toEqual([
      {
        what: expect.stringMatching(
          /^flatris_payments\.transactions: (?=.*amount_minor)(?=.*currency)/,
        ),
        basis: expect.stringContaining('17(3)(b)'),
        until: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/),
      },
    ]);
    expect(tasks.find((task) => task.systemName === 'Newsletter service')?.state).toBe('succeeded');

    const deletions = stack.api.get(DemoRuntime).analyticsDeletions;
    expect(deletions.map((d) => d.userId).sort()).toEqual(clientIds);
    expect(deletions.every((d) => d.type === 'CLIENT_ID')).toBe(true);

    const adMail = await stack.smtp.waitFor(
      (m) => m.to.includes('privacy@adpartner.example') && /erasure/i.test(m.subject),
    );
    for (const cookie of cookieIds) expect(adMail.text).toContain(cookie);
    // Art. 5(1)(c): the partners hold cookie ids only, so their request names nothing else.
    for (const value of [ADA.email, ADA.name, NEW_EMAIL, ADA.phone, NEW_PHONE, ADA.googleSub])
      expect(adMail.text).not.toContain(value);
    const liqpayMail = await stack.smtp.waitFor(
      (m) => m.to.includes('privacy@liqpay.example') && /erasure/i.test(m.subject),
    );
    // LiqPay was never mailed the rectification: it is asked by the e-mail it holds, the old one.
    expect(liqpayMail.text).toContain(ADA.email);
    for (const value of [NEW_EMAIL, ADA.name, ADA.phone, NEW_PHONE])
      expect(liqpayMail.text).not.toContain(value);
    const told = await stack.smtp.waitFor(
      (m) => m.to.includes(NEW_EMAIL) && /transaction/i.test(m.text) && /17\(3\)\(b\)/.test(m.text),
    );
    expect(told.text).toMatch(/until \d{1,2} \w+ \d{4}|until \d{4}-\d{2}-\d{2}/);

    // Art. 19: one notice per recipient address (LiqPay and the ad partners each receive data
    // from two affected systems), all written in one transaction.
    const noticeAddresses = await officer.until(
      async () =>
        (
          await db.query<{ recipient_hash: string }>(
            `SELECT recipient_hash FROM outbound_mails WHERE request_id = $1 AND template = 'recipient_notice'`,
            [id],
          )
        ).rows.map((row) => row.recipient_hash),
      (hashes) => hashes.length > 0,
      'Art. 19 notices recorded',
    );
    expect(noticeAddresses).toHaveLength(2);
    expect(new Set(noticeAddresses).size).toBe(2);
    // The ad partners' notice names the cookie ids they hold and nothing else of Ada's.
    const adNotice = await stack.smtp.waitFor(
      (m) => m.to.includes('privacy@adpartner.example') && /Art\. 19/.test(m.subject),
    );
    for (const cookie of cookieIds) expect(adNotice.text).toContain(cookie);
    for (const value of [ADA.email, ADA.name, NEW_EMAIL, ADA.phone, NEW_PHONE, ADA.googleSub])
      expect(adNotice.text).not.toContain(value);
    expect(adNotice.text).toContain('Identified by: Cookie id ');
    // LiqPay was not told of the rectification (its systems hold no corrected field that was
    // corrected there): its notice names Ada by the e-mail it holds, the old one, never the new.
    const liqpayNotice = await stack.smtp.waitFor(
      (m) => m.to.includes('privacy@liqpay.example') && /Art\. 19/.test(m.subject),
    );
    expect(liqpayNotice.text).toContain(ADA.email);
    expect(liqpayNotice.text).not.toContain(NEW_EMAIL);
    for (const value of [ADA.name, ADA.phone, NEW_PHONE, ADA.googleSub])
      expect(liqpayNotice.text).not.toContain(value);
    expect(adNotice.text).not.toMatch(/E-mail address|Phone number|Account number/);
  });
});
