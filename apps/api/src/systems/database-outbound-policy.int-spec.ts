import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { PostgresConnector } from '@dsar/connectors';
import { SystemEntity } from '@dsar/persistence';
import { SystemsService } from '@dsar/systems';
import { startTestStack, type TestStack } from '../testing/api-stack.js';
import { call, signIn, type SignedIn } from '../admin/testing/staff-test-kit.js';
import {
  COMPANY_SCHEMA,
  companyMap,
  withCompany,
} from '../../../../libs/connectors/src/postgres/testing/company-database.js';

// The api runs with an empty OUTBOUND_ALLOWLIST: a database on loopback is a refused target.
let stack: TestStack;
let company: TestDatabase;
let admin: SignedIn;

const system = (url: string) => ({
  name: 'Loopback database',
  kind: 'postgres',
  owner: { name: 'Data team', email: 'data@example.com' },
  identityTypes: ['email'],
  actions: ['access', 'erasure'],
  settings: { url, dataset: companyMap() },
});

beforeAll(async () => {
  stack = await startTestStack({ worker: false });
  company = await createTestDatabase('company', { migrate: false });
  await withCompany(company.url, (client) => client.query(COMPANY_SCHEMA));
  admin = await signIn(stack, 'admin');
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await company?.drop();
}, 60_000);

describe('database hosts under the outbound address policy', () => {
  it('refuses to save a system whose database is on loopback, naming the policy', async () => {
    for (const url of [company.url, company.url.replace('127.0.0.1', 'localhost')]) {
      const refused = await call(stack, 'POST', '/api/admin/systems', admin.token, system(url));
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        {
          field: 'settings.url',
          message: expect.stringMatching(
            /refused by the outbound address policy: .*loopback.*OUTBOUND_ALLOWLIST/,
          ),
        },
      ]);
    }
    const socket = await call(
      stack,
      'POST',
      '/api/admin/systems',
      admin.token,
      system('postgres://postgres@db.example.com/x?host=/var/run/postgresql'),
    );
    expect(socket.body.errors[0].message).toMatch(/may not carry a "host" parameter/);
    const [{ n }] = await stack.api.get(DataSource).query(`SELECT count(*)::int n FROM systems`);
    expect(n).toBe(0);
  });

  it('answers "test connection" of a stored loopback system with a 400 naming the policy', async () => {
    // Stored before the policy applied (or with an allowlist since narrowed).
    const box = stack.api.get(SystemsService).box;
    const saved = await stack.api.get(DataSource).manager.save(SystemEntity, {
      name: 'Old loopback database',
      kind: 'postgres',
      ownerName: 'Data team',
      ownerEmail: 'data@example.com',
      enabled: true,
      categories: [],
      purposes: [],
      legalBases: [],
      recipients: [],
      retention: null,
      source: null,
      transfers: [],
      automatedDecisions: null,
      identityTypes: ['email'],
      actions: ['access'],
      settings: { url: box.seal(company.url), dataset: companyMap() },
    });
    const tested = await call(stack, 'POST', `/api/admin/systems/${saved.id}/test`, admin.token);
    expect(tested.status).toBe(400);
    expect(tested.body.errors).toEqual([
      {
        field: 'settings.url',
        message: expect.stringMatching(/refused by the outbound address policy: .*loopback/),
      },
    ]);
  });

  it('fails a task on a refused database at once (no retry), and works once allowlisted', async () => {
    const context = (connector: PostgresConnector) =>
      connector.execute({
        requestId: 'r1',
        taskId: 't1',
        action: 'access',
        identities: { email: ['alice@example.com'] },
        corrections: [],
        dueAt: new Date(),
        attempt: 1,
        system: {
          id: '5f0c1a4e-0000-4000-8000-000000000001',
          name: 'Accounts',
          kind: 'postgres',
          settings: { url: company.url, dataset: companyMap() },
          identityTypes: ['email'],
          categories: [],
          recipients: [],
          enabled: true,
          purposes: [],
          legalBases: [],
          retention: null,
          source: null,
          transfers: [],
          automatedDecisions: null,
          actions: ['access', 'erasure', 'rectification'],
        },
        sink: { write: async () => undefined },
      });
    await expect(context(new PostgresConnector({ outboundAllowlist: [] }))).rejects.toMatchObject({
      name: 'PermanentConnectorError',
      message: expect.stringMatching(/refused by the outbound address policy/),
    });
    await expect(
      context(new PostgresConnector({ outboundAllowlist: ['127.0.0.0/8'] })),
    ).resolves.toMatchObject({ outcome: 'completed', counts: { found: 12 } });
  });
});
