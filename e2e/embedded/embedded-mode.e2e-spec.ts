import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_STAFF, NAMED_PLAYERS } from '@dsar/demo';
import { freePort } from '@dsar/embedded';
import { SmtpSink } from '@dsar/testing';
import { ScenarioClient } from '../support/scenario-client.js';
import { StartedProduct } from '../support/started-product.js';

const root = new URL('../..', import.meta.url).pathname;

// Boots the whole product twice (PGlite start, migrations, demo seeding, then a restart).
jest.setTimeout(240_000);

/**
 * The embedded mode as a machine with nothing but Node runs it: `npm start` with EMBEDDED=true
 * and the queue on BullMQ's PostgreSQL backend (this machine has redis-server, so the test
 * chooses the backend a bare machine would get). A subject's erasure goes through it end to end,
 * and a restart finds the data kept under DATA_DIR.
 */
describe('embedded mode: npm start with no database or queue server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dsar-embedded-'));
  const officer = DEMO_STAFF.find((staff) => staff.role === 'officer')!;
  const player = NAMED_PLAYERS[1];
  let smtp: SmtpSink;
  let settings: Record<string, string>;
  let product: StartedProduct | undefined;
  let requestId = '';

  beforeAll(async () => {
    smtp = await new SmtpSink().start();
    const port = await freePort();
    settings = {
      EMBEDDED: 'true',
      EMBEDDED_QUEUE: 'postgres',
      DATA_DIR: dataDir,
      PORT: String(port),
      SMTP_URL: smtp.url,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'info',
    };
  });

  afterAll(async () => {
    await product?.stop();
    await smtp?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const client = () => new ScenarioClient({ baseUrl: `http://localhost:${settings.PORT}`, smtp });

  it('announces the mode and answers healthy on the embedded database and queue', async () => {
    product = await StartedProduct.start(settings, /running embedded on/);
    expect(product.printed).toContain('Embedded mode (EMBEDDED=true)');
    expect(product.printed).toContain("queue: BullMQ's PostgreSQL backend on PGlite");
    expect(existsSync(join(dataDir, 'embedded', 'postgres'))).toBe(true);
    // The demo banner is plain lines a person can read, not an escaped log string.
    expect(product.printed).toMatch(
      new RegExp(`^ +officer +${officer.email.replace(/\./g, '\\.')} +${officer.password}$`, 'm'),
    );
    // The tour's `npm run sql` finds the running embedded database by itself.
    const sql = spawnSync(
      process.execPath,
      ['scripts/sql.mjs', 'SELECT count(*)::int AS players FROM flatris_accounts.players'],
      { cwd: root, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...settings } },
    );
    expect([sql.status, sql.stderr.toString()]).toEqual([0, '']);
    expect(sql.stdout.toString()).toMatch(/│ players │[\s\S]*│ 5000 +│/);
    const health = await fetch(`http://localhost:${settings.PORT}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      info: { postgres: { status: 'up' }, 'queue-database': { status: 'up' } },
    });
  });

  it('takes an erasure from submission through verification and approval to completion', async () => {
    const staff = client();
    await staff.signIn(officer.email, officer.password);
    requestId = await staff.submitVerified('erasure', player.email);
    await staff.call('POST', `/api/admin/requests/${requestId}/approve`);
    const completedByStaff = await staff.completeWaitingTasks(requestId, 'Done by hand');
    expect(completedByStaff.length).toBeGreaterThan(0);
    await staff.until(
      () => staff.request(requestId),
      (request) => request.status === 'completed',
      'erasure completed',
    );
    const tasks = await staff.tasks(requestId);
    const accounts = tasks.find((task) => task.systemName === 'Accounts database');
    expect(accounts?.state).toBe('succeeded');
    await smtp.waitFor(
      (mail) => mail.to.includes(player.email) && /has been erased/.test(mail.subject),
    );
    // The api and the worker share one logger here: the newsletter's callback is logged by
    // path, and neither its bearer token nor any other credential reaches the log.
    expect(product!.printed).toMatch(/"path":"\/api\/callbacks\/tasks\/[0-9a-f-]{36}"/);
    expect(product!.printed).not.toMatch(/bearer|authorization/i);
  });

  it('stops on Ctrl-C and finds its data again on the next start', async () => {
    expect(await product!.stop()).toBe(0);
    product = await StartedProduct.start(settings, /running embedded on/);
    expect(product.printed).not.toContain('Applied migrations');
    const staff = client();
    await staff.signIn(officer.email, officer.password);
    expect((await staff.request(requestId)).status).toBe('completed');
  });
});
