import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DEMO_STAFF, DemoRuntime, DemoSeeder } from '@dsar/demo';
import { demoVisits, dropDemoStats } from '@dsar/testing';
import { startTestStack, type TestStack } from '../testing/api-stack.js';

describe('the demo tenant seeded at start (SEED_DEMO=true)', () => {
  let stack: TestStack;
  let db: pg.Client;
  const dataDir = mkdtempSync(join(tmpdir(), 'dsar-demo-'));

  beforeAll(async () => {
    stack = await startTestStack({ env: { SEED_DEMO: 'true', DATA_DIR: dataDir }, worker: false });
    db = new pg.Client({ connectionString: stack.database.url });
    await db.connect();
  }, 120_000);
  afterAll(async () => {
    await dropDemoStats(stack?.api.get(DemoRuntime).endpoints);
    await db?.end();
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('creates the company databases with thousands of players', async () => {
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM flatris_accounts.players)::int AS players,
              (SELECT count(*) FROM flatris_payments.transactions)::int AS transactions`,
    );
    expect(rows[0].players).toBe(5000);
    expect(rows[0].transactions).toBeGreaterThan(1000);
    expect(await demoVisits(db, stack.api.get(DemoRuntime).endpoints!)).toBeGreaterThan(20000);
  });

  it('puts the website statistics on MariaDB when a server answers (it does on this machine)', async () => {
    const endpoints = stack.api.get(DemoRuntime).endpoints!;
    expect(endpoints.statsMysqlUrl).toMatch(
      /^mysql:\/\/root@127\.0\.0\.1:3306\/dsar_test_\w+_stats$/,
    );
    const { rows } = await db.query(`SELECT kind FROM systems WHERE name = 'Website statistics'`);
    expect(rows).toEqual([{ kind: 'mysql' }]);
    const { rows: left } = await db.query(
      `SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = 'flatris_stats'`,
    );
    expect(left).toEqual([{ n: 0 }]);
  });

  it('creates the admin, officer and viewer, who sign in with the demo passwords', async () => {
    for (const account of DEMO_STAFF) {
      const response = await fetch(`${stack.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: account.email, password: account.password }),
      });
      expect([account.role, response.status]).toEqual([account.role, 200]);
      const body = (await response.json()) as { user: { role: string } };
      expect(body.user.role).toBe(account.role);
    }
  }, 30_000);

  it('makes demo requests in different states, each with its audit trail', async () => {
    const { rows } = await db.query<{ status: string; events: number }>(
      `SELECT r.status, (SELECT count(*) FROM audit_events a WHERE a.request_id = r.id)::int AS events
         FROM requests r ORDER BY r.reference`,
    );
    const statuses = rows.map((row) => row.status).sort();
    expect(statuses).toEqual(
      expect.arrayContaining(['awaiting_approval', 'cancelled', 'denied', 'pending_verification']),
    );
    for (const row of rows) expect(row.events).toBeGreaterThan(0);
  });

  it('runs the fake Google endpoints and the example receiver on loopback', async () => {
    const runtime = stack.api.get(DemoRuntime);
    const token = await fetch(runtime.endpoints!.googleAnalytics.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=a.b.c',
    });
    expect(token.status).toBe(400);
    const receiver = await fetch(runtime.endpoints!.webhookReceiver.url, {
      method: 'POST',
      body: '{}',
    });
    expect(receiver.status).toBeGreaterThanOrEqual(400); // unsigned: refused
  });

  it('leaves a database that is not empty alone', async () => {
    const seeder = stack.api.get(DemoSeeder);
    const runtime = stack.api.get(DemoRuntime);
    const again = await seeder.seedIfEmpty(runtime.endpoints!);
    expect(again).toMatchObject({ seeded: false, reason: 'the demo company is there already' });
    // A demo seeded by this version has nothing to upgrade (statistics on MariaDB included).
    expect(again.upgraded).toEqual([]);
  });
});
