import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createTestDatabase, readZip, type TestDatabase } from '@dsar/testing';
import { startTestStack, type TestStack } from '../support/test-stack.js';
import {
  awaitingApproval,
  call,
  signIn,
  type SignedIn,
} from '../../apps/api/src/admin/testing/staff-test-kit.js';
import {
  COMPANY_SCHEMA,
  companyMap,
  withCompany,
} from '../../libs/connectors/src/postgres/testing/company-database.js';

jest.setTimeout(90_000);

/** A connected system on loopback that answers every event with the rows it holds, unlabelled. */
async function rowsReceiver(data: Record<string, readonly unknown[]>): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'completed', data }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
const urlOf = (server: http.Server) =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;

/**
 * Partial answers end to end: an officer refuses one system and one data category of an access
 * request on exemptions of its regime; the answer mail and the package say what was refused, why
 * (with the citation) and where to complain; after approval a whole request is denied on one.
 */
describe('partial answers', () => {
  let stack: TestStack;
  let company: TestDatabase;
  let officer: SignedIn;
  const dataDir = mkdtempSync(join(tmpdir(), 'dsar-refusals-'));
  const systems: Record<string, string> = {};
  const receivers: http.Server[] = [];

  beforeAll(async () => {
    stack = await startTestStack({ env: { OUTBOUND_ALLOWLIST: '127.0.0.1', DATA_DIR: dataDir } });
    company = await createTestDatabase('refusals', { migrate: false });
    await withCompany(company.url, (client) => client.query(COMPANY_SCHEMA));
    const admin = await signIn(stack, 'admin');
    officer = await signIn(stack, 'officer');
    for (const [name, map] of [
      ['Shop database', companyMap()],
      [
        'Support desk',
        {
          tables: companyMap()
            .tables.filter((table) => table.name === 'customers')
            .map((table) => ({ ...table, follow: [] })),
        },
      ],
    ] as const) {
      const created = await call(stack, 'POST', '/api/admin/systems', admin.token, {
        name,
        kind: 'postgres',
        owner: { name: 'Data team', email: 'data@example.com' },
        identityTypes: ['email'],
        actions: ['access', 'erasure', 'rectification'],
        settings: { url: company.url, dataset: map },
      });
      expect([created.status, created.body.id ? 'created' : created.body]).toEqual([
        201,
        'created',
      ]);
      systems[name] = created.body.id;
    }
    const manual = await call(stack, 'POST', '/api/admin/systems', admin.token, {
      name: 'Archive boxes',
      kind: 'manual',
      owner: { name: 'Records office', email: 'records@example.com' },
      identityTypes: ['email'],
      actions: ['access', 'erasure', 'rectification'],
      settings: {},
    });
    expect([manual.status, manual.body.id ? 'created' : manual.body]).toEqual([201, 'created']);
    // Webhook systems answer rows without categories: the registry says what each holds.
    for (const [name, categories, data] of [
      ['Billing service', ['user.financial'], { invoices: [{ number: 'F-1', amount: 12 }] }],
      ['Chat service', ['user.contact.email'], { messages: [{ text: 'hello there' }] }],
    ] as const) {
      const receiver = await rowsReceiver(data);
      receivers.push(receiver);
      const created = await call(stack, 'POST', '/api/admin/systems', admin.token, {
        name,
        kind: 'webhook',
        owner: { name: 'Data team', email: 'data@example.com' },
        identityTypes: ['email'],
        categories,
        actions: ['access'],
        settings: { url: urlOf(receiver) },
      });
      expect([created.status, created.body.id ? 'created' : created.body]).toEqual([
        201,
        'created',
      ]);
    }
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    await company?.drop();
    for (const receiver of receivers) await new Promise((resolve) => receiver.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const status = async (id: string) =>
    (await call(stack, 'GET', `/api/admin/requests/${id}`, officer.token)).body.status as string;

  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out; last: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('refuses a system and a category: the answer mail and the package say what, why and where to complain', async () => {
    const request = await awaitingApproval(stack, 'alice@example.com', 'access');
    const offered = await call(
      stack,
      'GET',
      `/api/admin/requests/${request.id}/exemptions`,
      officer.token,
    );
    expect(offered.body.map((e: { code: string }) => e.code)).toContain('rights_of_others');

    // Hostile and wrong bodies name the field.
    const both = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/refuse-part`,
      officer.token,
      {
        systemId: systems['Support desk'],
        category: 'user.financial',
        exemptionCode: 'rights_of_others',
        text: 'x',
      },
    );
    expect(both.status).toBe(400);
    const unknown = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/refuse-part`,
      officer.token,
      {
        category: 'user.financial',
        exemptionCode: 'because',
        text: 'x',
      },
    );
    expect([unknown.status, JSON.stringify(unknown.body)]).toEqual([
      400,
      expect.stringContaining('exemptionCode'),
    ]);

    const refusedSystem = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/refuse-part`,
      officer.token,
      {
        systemId: systems['Support desk'],
        exemptionCode: 'rights_of_others',
        text: 'The support tickets quote other customers.',
      },
    );
    expect(refusedSystem.status).toBe(200);
    const again = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/refuse-part`,
      officer.token,
      {
        systemId: systems['Support desk'],
        exemptionCode: 'legal_claims',
        text: 'again',
      },
    );
    expect(again.status).toBe(409);
    await call(stack, 'POST', `/api/admin/requests/${request.id}/approve`, officer.token, {});
    // Once work has begun a category can still be withheld from what is returned.
    const refusedCategory = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/refuse-part`,
      officer.token,
      {
        category: 'user.financial',
        exemptionCode: 'legal_obligation',
        text: 'An audit under the tax code is open.',
      },
    );
    expect(refusedCategory.status).toBe(200);
    // The manual system waits for staff; once answered the request completes.
    const tasks = await until(
      async () =>
        (
          await call(
            stack,
            'GET',
            `/api/admin/tasks?filter=${encodeURIComponent(JSON.stringify({ requestId: request.id }))}`,
            officer.token,
          )
        ).body as { id: string; systemName: string; state: string; note: string | null }[],
      (list) => list.length === 5 && list.every((t) => !['queued', 'running'].includes(t.state)),
    );
    const desk = tasks.find((t) => t.systemName === 'Support desk')!;
    expect([desk.state, desk.note]).toEqual([
      'skipped',
      'Refused: rights_of_others (GDPR Art. 15(4) and Recital 63)',
    ]);
    const archive = tasks.find((t) => t.systemName === 'Archive boxes')!;
    await call(stack, 'POST', `/api/admin/tasks/${archive.id}/complete`, officer.token, {
      outcome: 'not_found',
      note: 'nothing in the boxes',
    });
    await until(
      () => status(request.id),
      (s) => s === 'completed',
    );

    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes('alice@example.com') && /ready to download/.test(m.text),
    );
    expect(mail.text).toContain(
      '- the data held in Support desk: not given, because giving it would reveal personal data about other people or harm their rights (GDPR Art. 15(4) and Recital 63). The support tickets quote other customers.',
    );
    expect(mail.text).toContain(
      '- data of the category user.financial: not given, because a law we must comply with requires us to keep or withhold it (GDPR Art. 17(3)(b) and 23(1)(e)). An audit under the tax code is open.',
    );
    expect(mail.text).toMatch(/right to lodge a complaint with a supervisory authority/);

    const response = await fetch(`${stack.baseUrl}/api/admin/requests/${request.id}/package`, {
      headers: { authorization: `Bearer ${officer.token}` },
    });
    const files = await readZip(Readable.fromWeb(response.body! as never));
    expect(Object.keys(files).some((name) => name.startsWith('data/Support_desk'))).toBe(false);
    const orders = JSON.parse(files['data/Shop_database/orders.json']!) as Record<
      string,
      unknown
    >[];
    expect(orders.length).toBe(2);
    expect(orders.every((order) => !('total' in order) && 'billing_name' in order)).toBe(true);
    expect(files['data/Shop_database/orders.csv']).not.toContain('total');
    const manifest = JSON.parse(files['manifest.json']!) as { withheld: { part: string }[] };
    expect(manifest.withheld.map((w) => w.part)).toEqual([
      'the data held in Support desk',
      'data of the category user.financial',
      'the data held in Billing service',
    ]);
    // Unlabelled rows cannot lose the refused category alone: the billing rows stay out whole,
    // and the package says why; the chat service holds no such category and is given.
    expect(Object.keys(files).some((name) => name.startsWith('data/Billing_service'))).toBe(false);
    expect(files['data/Chat_service/messages.json']).toContain('hello there');
    expect(files['report.html']).toContain(
      'all the data held in Billing service (it holds data of the category “Financial data”, and its data is not labelled by category',
    );
    expect(files['report.html']).toContain('What we did not give you, and why');
  });

  it('after approval, denies on an exemption: open work stops and the letter cites it', async () => {
    const request = await awaitingApproval(stack, 'bob@example.com', 'erasure');
    // Before approval the ordinary denial is the route.
    const early = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/deny-exemption`,
      officer.token,
      {
        exemptionCode: 'legal_claims',
        text: 'x',
      },
    );
    expect(early.status).toBe(409);
    await call(stack, 'POST', `/api/admin/requests/${request.id}/approve`, officer.token, {});
    await until(
      async () =>
        (
          await call(
            stack,
            'GET',
            `/api/admin/tasks?filter=${encodeURIComponent(JSON.stringify({ requestId: request.id }))}`,
            officer.token,
          )
        ).body as { systemName: string; state: string }[],
      (list) => list.some((t) => t.systemName === 'Archive boxes' && t.state === 'waiting'),
    );
    const denied = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/deny-exemption`,
      officer.token,
      {
        exemptionCode: 'legal_claims',
        text: 'Bob has sued us; the records are evidence.',
      },
    );
    expect([denied.status, denied.body.status]).toEqual([200, 'denied']);
    const tasks = (
      await call(
        stack,
        'GET',
        `/api/admin/tasks?filter=${encodeURIComponent(JSON.stringify({ requestId: request.id }))}`,
        officer.token,
      )
    ).body as { systemName: string; state: string }[];
    expect(tasks.find((t) => t.systemName === 'Archive boxes')!.state).toBe('skipped');
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes('bob@example.com') && /declined/.test(m.subject),
    );
    expect(mail.text).toContain(
      'We need it to establish, exercise or defend legal claims (GDPR Art. 17(3)(e), 18(2), 21(1) and 23(1)(j)). Bob has sued us; the records are evidence.',
    );
    expect(mail.text).toMatch(/right to lodge a complaint/);
    const audit = await withCompany(
      stack.database.url,
      async (client) =>
        (
          await client.query(
            `SELECT action, data->>'exemptionCode' AS code FROM audit_events WHERE request_id = $1 AND action = 'deny_exemption'`,
            [request.id],
          )
        ).rows,
    );
    expect(audit).toEqual([{ action: 'deny_exemption', code: 'legal_claims' }]);
  });

  /** A request in German, entered by staff (verified by hand): it waits for approval. */
  const germanRequest = (email: string) =>
    awaitingApproval(stack, email, 'erasure', { name: 'Grete', language: 'de-DE' });
  const tasksOf = async (id: string) =>
    (
      await call(
        stack,
        'GET',
        `/api/admin/tasks?filter=${encodeURIComponent(JSON.stringify({ requestId: id }))}`,
        officer.token,
      )
    ).body as { id: string; systemName: string; state: string }[];

  it('a German request hears the refused part, the exemption and the complaint route in German', async () => {
    const request = await germanRequest('grete@example.com');
    const refused = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/refuse-part`,
      officer.token,
      {
        systemId: systems['Support desk'],
        exemptionCode: 'legal_obligation',
        text: 'Rechnungen bewahren wir zehn Jahre auf.',
      },
    );
    expect(refused.status).toBe(200);
    await call(stack, 'POST', `/api/admin/requests/${request.id}/approve`, officer.token, {});
    const tasks = await until(
      () => tasksOf(request.id),
      (list) =>
        list.some((t) => t.systemName === 'Archive boxes' && t.state === 'waiting') &&
        list.every((t) => !['queued', 'running'].includes(t.state)),
    );
    const archive = tasks.find((t) => t.systemName === 'Archive boxes')!;
    await call(stack, 'POST', `/api/admin/tasks/${archive.id}/complete`, officer.token, {
      outcome: 'not_found',
      note: 'nichts in den Kisten',
    });
    await until(
      () => status(request.id),
      (s) => s === 'completed',
    );
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes('grete@example.com') && /nicht gewährt/.test(m.text),
    );
    // The law's words in German; the citation as the pack writes it.
    expect(mail.text).toContain(
      '- die in Support desk gespeicherten Daten: nicht gewährt, weil ein Gesetz, das wir einhalten müssen, uns verpflichtet, sie aufzubewahren oder zurückzuhalten (GDPR Art. 17(3)(b) and 23(1)(e)). Rechnungen bewahren wir zehn Jahre auf.',
    );
    expect(mail.text).toContain(
      'Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren',
    );
    expect(mail.text).not.toMatch(/because|the data held in|lodge a complaint/);
  });

  it('a German request denied on an exemption reads the exemption in German', async () => {
    const request = await germanRequest('hans@example.com');
    await call(stack, 'POST', `/api/admin/requests/${request.id}/approve`, officer.token, {});
    await until(
      () => tasksOf(request.id),
      (list) => list.some((t) => t.systemName === 'Archive boxes' && t.state === 'waiting'),
    );
    const denied = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/deny-exemption`,
      officer.token,
      { exemptionCode: 'legal_claims', text: 'Es läuft ein Gerichtsverfahren.' },
    );
    expect([denied.status, denied.body.status]).toEqual([200, 'denied']);
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes('hans@example.com') && /abgelehnt/.test(m.subject),
    );
    expect(mail.text).toContain(
      'Die Ausnahme gilt, weil wir sie zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen benötigen (GDPR Art. 17(3)(e), 18(2), 21(1) and 23(1)(j)). Es läuft ein Gerichtsverfahren.',
    );
    expect(mail.text).toContain(
      'Sie haben das Recht, sich bei einer Aufsichtsbehörde zu beschweren',
    );
    expect(mail.text).not.toMatch(/We need it|lodge a complaint/);
  });
});
