import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import type { ConnectorResult } from '@dsar/domain';
import type { DatasetMap } from './dataset-map.schema.js';
import { PostgresConnector } from './postgres.connector.js';
import { COMPANY_SCHEMA, companyMap, withCompany } from './testing/company-database.js';

let company: TestDatabase;
const connector = new PostgresConnector({ outboundAllowlist: ['127.0.0.1'] });
const HOSTILE = 'x"; drop table y; --';

function check(edit: (map: DatasetMap) => void, url?: string) {
  const map = companyMap();
  edit(map);
  const settings = { url: url ?? company.url, dataset: map };
  const problems = connector.validateSettings(settings);
  return problems.length > 0 ? Promise.resolve(problems) : connector.checkLive(settings);
}
const table = (map: DatasetMap, name: string) => map.tables.find((t) => t.name === name)!;

beforeAll(async () => {
  company = await createTestDatabase('company', { migrate: false });
  await withCompany(company.url, async (client) => {
    await client.query(COMPANY_SCHEMA);
    await client.query(`CREATE TABLE y (id int PRIMARY KEY)`);
    await client.query(
      `CREATE TABLE "x""; drop table y; --" ("e""mail" text PRIMARY KEY, "n; --" text)`,
    );
    await client.query(
      `INSERT INTO "x""; drop table y; --" VALUES ('alice@example.com', 'A'), ('bob@example.com', 'B')`,
    );
  });
});
afterAll(() => company.drop());

describe('the dataset map checked against the live schema', () => {
  it('accepts the company map', async () => {
    expect(await check(() => undefined)).toEqual([]);
  });

  it.each([
    [
      'an unknown table',
      (m: DatasetMap) => void (table(m, 'logins').name = 'sessions'),
      'settings.dataset.tables.6.name',
      /no table sessions/,
    ],
    [
      'an unknown column',
      (m: DatasetMap) =>
        void (table(m, 'visits').fields = {
          url: { category: 'user.behavior.browsing_history', erasure: 'null' },
        }),
      'settings.dataset.tables.7.fields.url',
      /no column url/,
    ],
    [
      'an unknown edge column',
      (m: DatasetMap) =>
        void (table(m, 'addresses').follow = [{ column: 'customer_id', from: 'customers.uid' }]),
      'settings.dataset.tables.1.follow.0.from',
      /no column uid/,
    ],
    [
      'null on a NOT NULL column',
      (m: DatasetMap) => void (table(m, 'customers').fields!.password_hash.erasure = 'null'),
      'settings.dataset.tables.0.fields.password_hash.erasure',
      /NOT NULL/,
    ],
    [
      'erasing the primary key',
      (m: DatasetMap) => void (table(m, 'customers').fields!.id.erasure = 'hash'),
      'settings.dataset.tables.0.fields.id.erasure',
      /primary key/,
    ],
    [
      'masking a unique column',
      (m: DatasetMap) =>
        void (table(m, 'customers').fields!.email = {
          category: 'user.contact.email',
          erasure: 'mask',
          value: 'x',
        }),
      'settings.dataset.tables.0.fields.email.erasure',
      /unique/,
    ],
    [
      'rowErasure with retained fields',
      (m: DatasetMap) => void (table(m, 'orders').rowErasure = 'delete'),
      'settings.dataset.tables.2.rowErasure',
      /retained/,
    ],
    [
      'a walk out of a shared table',
      (m: DatasetMap) =>
        void table(m, 'order_items').follow!.push({ column: 'product_id', from: 'products.id' }),
      'settings.dataset.tables.3.follow.1.from',
      /shared/,
    ],
    [
      'a mask without a value',
      (m: DatasetMap) => void delete table(m, 'addresses').fields!.city.value,
      'settings.dataset.tables.1.fields.city.value',
      /value/,
    ],
    [
      'an unknown erasure',
      (m: DatasetMap) =>
        void ((table(m, 'addresses').fields!.city as { erasure: string }).erasure = 'shred'),
      'settings.dataset.tables.1.fields.city.erasure',
      /./,
    ],
    [
      'a category the taxonomy does not know (the report could not name it)',
      (m: DatasetMap) => void (table(m, 'addresses').fields!.city.category = 'user.contact.town'),
      'settings.dataset.tables.1.fields.city.category',
      /unknown data category user\.contact\.town/,
    ],
  ])('refuses %s', async (_case, edit, field, message) => {
    const problems = await check(edit);
    expect(problems).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it('refuses an unreachable database', async () => {
    const problems = await check(() => undefined, 'postgres://postgres@127.0.0.1:1/nowhere');
    expect(problems).toEqual([
      { field: 'settings.url', message: expect.stringMatching(/cannot be reached/) },
    ]);
  });

  it('quotes hostile names: they select and erase, and inject nothing', async () => {
    const dataset: DatasetMap = {
      tables: [
        {
          name: HOSTILE,
          primaryKey: ['e"mail'],
          identities: { 'e"mail': 'email' },
          fields: { 'n; --': { category: 'user.name', erasure: 'null' } },
        },
      ],
    };
    const system = {
      id: 's',
      name: 'hostile',
      kind: 'postgres' as const,
      settings: { url: company.url, dataset },
      identityTypes: [],
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
    };
    expect(await connector.checkLive(system.settings)).toEqual([]);
    const rows: unknown[] = [];
    const base = {
      requestId: 'r',
      taskId: 't',
      corrections: [],
      dueAt: new Date(),
      attempt: 1,
      system,
      identities: { email: ['alice@example.com'] },
    };
    const access = (await connector.execute({
      ...base,
      action: 'access',
      sink: { write: async (_c, row) => void rows.push(row) },
    })) as ConnectorResult;
    expect(access.counts.found).toBe(1);
    expect(rows).toEqual([{ 'e"mail': 'alice@example.com', 'n; --': 'A' }]);
    const erasure = (await connector.execute({
      ...base,
      action: 'erasure',
      sink: { write: async () => undefined },
    })) as ConnectorResult;
    expect(erasure.counts.erased).toBe(1);
    const left = await withCompany(
      company.url,
      async (c) => (await c.query(`SELECT "n; --" n FROM "x""; drop table y; --" ORDER BY 1`)).rows,
    );
    expect(left).toEqual([{ n: 'B' }, { n: null }]);
    const y = await withCompany(
      company.url,
      async (c) => (await c.query(`SELECT to_regclass('public.y') AS t`)).rows,
    );
    expect(y).toEqual([{ t: 'y' }]);
  });
});
