import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { StaffIntake } from '@dsar/requests';
import { createTestDatabase, readZip, type TestDatabase } from '@dsar/testing';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import { call, signIn, type SignedIn } from '../../apps/api/src/admin/testing/staff-test-kit.js';
import {
  COMPANY_SCHEMA,
  companyMap,
  withCompany,
} from '../../libs/connectors/src/postgres/testing/company-database.js';

jest.setTimeout(90_000);

/** A connected system's endpoint on loopback: records each event type, answers "completed". */
class EventReceiver {
  readonly events: { type: string; subjectToldFirst: boolean }[] = [];
  private server: http.Server | null = null;

  constructor(private readonly toldFirst: () => boolean) {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const { type } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type: string };
        this.events.push({ type, subjectToldFirst: this.toldFirst() });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'completed' }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/**
 * The rights of GDPR Arts. 18, 20 and 21 end to end on a real stack: a PostgreSQL system with
 * restrict columns (contract), another on legitimate interests only, and a marketing webhook.
 */
describe('rights: portability, restriction, objection', () => {
  let stack: TestStack;
  let company: TestDatabase;
  let officer: SignedIn;
  const dataDir = mkdtempSync(join(tmpdir(), 'dsar-rights-'));
  const systemIds: Record<string, string> = {};
  const receiver = new EventReceiver(() =>
    stack.smtp.mails.some((mail) => /restriction of your data is being lifted/.test(mail.subject)),
  );

  const tasksOf = async (requestId: string) =>
    (
      await call(
        stack,
        'GET',
        `/api/admin/tasks?filter=${encodeURIComponent(JSON.stringify({ requestId }))}`,
        officer.token,
      )
    ).body as { systemName: string; state: string; action: string }[];

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out; last: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  const statusOf = async (id: string) =>
    (await call(stack, 'GET', `/api/admin/requests/${id}`, officer.token)).body.status as string;

  async function approved(
    type: 'portability' | 'restriction' | 'objection',
    email: string,
    objectionGround?: 'direct_marketing' | 'legitimate_interests',
  ): Promise<string> {
    const request = await stack.api.get(StaffIntake).enter(
      {
        type,
        email,
        name: 'Alice',
        jurisdiction: 'gdpr',
        details: null,
        corrections: null,
        objectionGround: objectionGround ?? null,
        channel: 'post',
        receivedAt: new Date(),
        verificationNote: 'signed letter with ID',
      },
      { type: 'system', id: null },
    );
    const approval = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/approve`,
      officer.token,
      {},
    );
    expect(approval.status).toBe(200);
    return request.id;
  }

  beforeAll(async () => {
    stack = await startTestStack({ env: { OUTBOUND_ALLOWLIST: '127.0.0.1', DATA_DIR: dataDir } });
    company = await createTestDatabase('rights', { migrate: false });
    await withCompany(company.url, (client) =>
      client.query(`${COMPANY_SCHEMA}; ALTER TABLE customers ADD COLUMN objected_at timestamptz;`),
    );
    const hook = await receiver.start();
    const admin = await signIn(stack, 'admin');
    officer = await signIn(stack, 'officer');
    const customersOnly = {
      tables: companyMap()
        .tables.filter((table) => table.name === 'customers')
        .map((table) => ({ ...table, follow: [] })),
    };
    const systems = [
      {
        name: 'Shop database',
        kind: 'postgres',
        purposes: ['orders'],
        legalBases: ['contract'],
        actions: ['access', 'portability', 'restriction'],
        settings: { url: company.url, dataset: companyMap() },
      },
      {
        name: 'Statistics database',
        kind: 'postgres',
        purposes: ['statistics'],
        legalBases: ['legitimate_interests'],
        actions: ['access', 'portability', 'objection'],
        settings: { url: company.url, dataset: customersOnly },
      },
      {
        // An upheld objection stamps its objectionColumn (GDPR Art. 21(1)).
        name: 'Loyalty database',
        kind: 'postgres',
        purposes: ['loyalty scoring'],
        legalBases: ['legitimate_interests'],
        actions: ['objection'],
        settings: {
          url: company.url,
          dataset: {
            tables: customersOnly.tables.map((table) => ({
              ...table,
              objectionColumn: 'objected_at',
            })),
          },
        },
      },
      {
        name: 'Recommendations',
        kind: 'webhook',
        purposes: ['recommendations'],
        legalBases: ['Legitimate interests (GDPR Art. 6(1)(f))'],
        actions: ['objection'],
        settings: { url: hook },
      },
      {
        name: 'Newsletter',
        kind: 'webhook',
        purposes: ['direct marketing'],
        legalBases: ['consent'],
        actions: ['restriction', 'objection'],
        settings: { url: hook },
      },
    ];
    for (const system of systems) {
      // (the ids: the officer weighs an objection per system)
      const created = await call(stack, 'POST', '/api/admin/systems', admin.token, {
        ...system,
        owner: { name: 'Data team', email: 'data@example.com' },
        identityTypes: ['email'],
      });
      expect([created.status, created.body.id ? 'created' : created.body]).toEqual([
        201,
        'created',
      ]);
      systemIds[system.name] = created.body.id;
    }
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await company?.drop();
    await receiver.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('portability: only systems on consent or contract, in JSON and CSV and one portable file each', async () => {
    const id = await approved('portability', 'alice@example.com');
    await until(
      () => statusOf(id),
      (status) => status === 'completed',
    );
    const tasks = await tasksOf(id);
    expect(tasks.map((task) => task.systemName)).not.toContain('Statistics database');
    const response = await fetch(`${stack.baseUrl}/api/admin/requests/${id}/package`, {
      headers: { authorization: `Bearer ${officer.token}` },
    });
    const files = await readZip(Readable.fromWeb(response.body! as never));
    const manifest = JSON.parse(files['manifest.json']!) as { systems: { name: string }[] };
    expect(manifest.systems.map((system) => system.name)).not.toContain('Statistics database');
    expect(Object.keys(files).some((name) => /Statistics/.test(name))).toBe(false);
    expect(files['data/Shop_database/customers.csv']).toContain('alice@example.com');
    const portable = JSON.parse(files['portable/Shop_database.json']!) as {
      format: string;
      system: { legalBases: string[] };
      collections: { name: string; fields: { name: string }[]; records: unknown[] }[];
    };
    expect(portable.format).toBe('dsar-portable/1');
    expect(portable.system.legalBases).toEqual(['contract']);
    const customers = portable.collections.find((c) => c.name === 'customers')!;
    expect(customers.records).toEqual([expect.objectContaining({ email: 'alice@example.com' })]);
    expect(customers.fields.map((field) => field.name)).toContain('email');
  });

  it('objection to direct marketing: only the marketing system gets a task, at once', async () => {
    const id = await approved('objection', 'bob@example.com', 'direct_marketing');
    await until(
      () => statusOf(id),
      (status) => status === 'completed',
    );
    const tasks = await tasksOf(id);
    expect(tasks.map((task) => [task.systemName, task.state])).toEqual([
      ['Newsletter', 'succeeded'],
    ]);
    expect(receiver.events.map((event) => event.type)).toContain('dsar.objection.requested');
  });

  it('objection on legitimate interests: an officer upholds it in one system, records compelling grounds in another; the subject is told which', async () => {
    const id = await approved('objection', 'carol@example.com', 'legitimate_interests');
    const weighed = await until(
      () => tasksOf(id),
      (tasks) => tasks.length === 3,
    );
    expect(weighed.map((task) => [task.systemName, task.state]).sort()).toEqual([
      ['Loyalty database', 'waiting'],
      ['Recommendations', 'waiting'],
      ['Statistics database', 'waiting'],
    ]);
    const loyalty = await call(
      stack,
      'POST',
      `/api/admin/requests/${id}/objection-decision`,
      officer.token,
      { systemId: systemIds['Loyalty database'], outcome: 'upheld', text: 'Scoring can stop.' },
    );
    expect(loyalty.status).toBe(200);
    // Nothing has been sent to the system before the officer decides.
    const before = receiver.events.filter((e) => e.type === 'dsar.objection.requested').length;
    const upheld = await call(
      stack,
      'POST',
      `/api/admin/requests/${id}/objection-decision`,
      officer.token,
      { systemId: systemIds.Recommendations, outcome: 'upheld', text: 'No overriding interest.' },
    );
    expect(upheld.status).toBe(200);
    const kept = await call(
      stack,
      'POST',
      `/api/admin/requests/${id}/objection-decision`,
      officer.token,
      {
        systemId: systemIds['Statistics database'],
        outcome: 'compelling_grounds',
        text: 'Fraud detection on these statistics protects every player.',
      },
    );
    expect(kept.status).toBe(200);
    const twice = await call(
      stack,
      'POST',
      `/api/admin/requests/${id}/objection-decision`,
      officer.token,
      { systemId: systemIds.Recommendations, outcome: 'upheld', text: 'again' },
    );
    expect(twice.status).toBe(409);
    await until(
      () => statusOf(id),
      (status) => status === 'completed',
    );
    expect(receiver.events.filter((e) => e.type === 'dsar.objection.requested').length).toBe(
      before + 1,
    );
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes('carol@example.com') && /handled your objection/.test(m.subject),
    );
    expect(mail.text).toContain('Recommendations: stopped');
    expect(mail.text).toContain('Loyalty database: stopped');
    // Only Carol's row carries the mark; the task succeeded rather than failed.
    const marks = await withCompany(company.url, (client) =>
      client.query('SELECT email, objected_at IS NOT NULL AS objected FROM customers ORDER BY id'),
    );
    expect(marks.rows.map((row) => [row.email, row.objected])).toEqual([
      ['alice@example.com', false],
      ['bob@example.com', false],
      ['carol@example.com', true],
    ]);
    expect((await tasksOf(id)).find((t) => t.systemName === 'Loyalty database')?.state).toBe(
      'succeeded',
    );
    expect(mail.text).toContain(
      'the data held in Statistics database: not given, because we have compelling legitimate grounds',
    );
    expect(mail.text).toContain('(GDPR Art. 21(1)). Fraud detection on these statistics');
  });

  it('restriction: rows marked; lifting mails the subject before the webhook hears of it', async () => {
    const id = await approved('restriction', 'alice@example.com');
    await until(
      () => statusOf(id),
      (status) => status === 'completed',
    );
    const marked = await withCompany(company.url, async (client) => ({
      orders: (await client.query('SELECT restricted_at FROM orders WHERE customer_id = 1')).rows,
      bob: (await client.query('SELECT restricted_at FROM orders WHERE customer_id = 2')).rows,
    }));
    expect(marked.orders.every((row) => row.restricted_at instanceof Date)).toBe(true);
    expect(marked.bob.every((row) => row.restricted_at === null)).toBe(true);
    expect(receiver.events.map((event) => event.type)).toContain('dsar.restriction.requested');
    const restricted = await call(
      stack,
      'GET',
      `/api/admin/requests/${id}/restrictions`,
      officer.token,
    );
    expect(restricted.body.map((s: { systemName: string }) => s.systemName)).toEqual([
      'Newsletter',
      'Shop database',
    ]);

    const lift = await call(
      stack,
      'POST',
      `/api/admin/requests/${id}/lift-restriction`,
      officer.token,
      {},
    );
    expect(lift.status).toBe(200);
    const again = await call(
      stack,
      'POST',
      `/api/admin/requests/${id}/lift-restriction`,
      officer.token,
      {},
    );
    expect(again.status).toBe(409);
    const lifted = await until(
      async () => receiver.events.filter((event) => event.type === 'dsar.restriction.lifted'),
      (events) => events.length > 0,
    );
    expect(lifted).toEqual([{ type: 'dsar.restriction.lifted', subjectToldFirst: true }]);
    const mail = stack.smtp.mails.find((m) =>
      /restriction of your data is being lifted/.test(m.subject),
    )!;
    expect(mail.text).toContain('- Shop database');
    await until(
      async () =>
        (
          await withCompany(company.url, (client) =>
            client.query('SELECT restricted_at FROM orders WHERE customer_id = 1'),
          )
        ).rows,
      (rows) => rows.every((row) => row.restricted_at === null),
    );
    const view = await until(
      () => call(stack, 'GET', `/api/admin/requests/${id}/restrictions`, officer.token),
      (answer) => answer.body.every((s: { liftedAt: string | null }) => s.liftedAt !== null),
    );
    expect(view.status).toBe(200);
  });
});
