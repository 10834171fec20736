import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import type { ConnectorResult } from '@dsar/domain';
import type { SystemRecord, TaskContext } from '@dsar/systems';
import { PostgresConnector } from './postgres.connector.js';
import { COMPANY_SCHEMA, companyMap, withCompany } from './testing/company-database.js';

let company: TestDatabase;
const connector = new PostgresConnector({ outboundAllowlist: ['127.0.0.1'] });

function system(map = companyMap()): SystemRecord {
  return {
    id: '5f0c1a4e-0000-4000-8000-000000000001',
    name: 'Accounts',
    kind: 'postgres',
    settings: { url: company.url, dataset: map, hashKey: 'a-per-system-hash-key' },
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
  };
}

function context(action: TaskContext['action'], extra: Partial<TaskContext> = {}) {
  const rows: Record<string, Record<string, unknown>[]> = {};
  const task: TaskContext = {
    requestId: 'r1',
    taskId: 't1',
    action,
    identities: { email: ['alice@example.com'] },
    corrections: [],
    dueAt: new Date(),
    attempt: 1,
    system: system(),
    sink: { write: async (collection, row) => void (rows[collection] ??= []).push(row) },
    ...extra,
  };
  return { task, rows };
}

const query = (sql: string) => withCompany(company.url, async (c) => (await c.query(sql)).rows);
const othersSnapshot = () =>
  query(`SELECT 'c' t, to_jsonb(c) r FROM customers c WHERE id <> 1 UNION ALL
         SELECT 'o', to_jsonb(o) FROM orders o WHERE customer_id <> 1 UNION ALL
         SELECT 'a', to_jsonb(a) FROM addresses a WHERE customer_id <> 1 UNION ALL
         SELECT 'p', to_jsonb(p) FROM payment_cards p WHERE customer_id <> 1 UNION ALL
         SELECT 'l', to_jsonb(l) FROM logins l WHERE customer_id <> 1 UNION ALL
         SELECT 'v', to_jsonb(v) FROM visits v WHERE customer_id <> 1 ORDER BY 1, 2`);

beforeAll(async () => {
  company = await createTestDatabase('company', { migrate: false });
  await query(COMPANY_SCHEMA);
});
afterAll(() => company.drop());

describe('postgres connector over the company database', () => {
  it('returns exactly the subject rows, through declared edges only', async () => {
    const { task, rows } = context('access');
    const result = (await connector.execute(task)) as ConnectorResult;
    expect(result.outcome).toBe('completed');
    expect(rows.customers.map((r) => r.id)).toEqual([1]);
    expect(rows.customers[0]).not.toHaveProperty('password_hash');
    expect(rows.orders.map((r) => r.id).sort()).toEqual([10, 11]);
    expect(rows.order_items.map((r) => r.id).sort()).toEqual([100, 101]);
    // Product 1 is also Bob's; product 3 is Bob's only and stays out.
    expect(rows.products.map((r) => r.id).sort()).toEqual([1, 2]);
    expect(rows.payment_cards[0]).not.toHaveProperty('ccn');
    // visit 1 names Bob through an undeclared key; visit 3 is Carol's although it names Alice.
    expect(rows.visits.map((r) => r.id)).toEqual([1]);
    expect(rows.logins).toHaveLength(2);
    expect(result.counts.found).toBe(1 + 1 + 2 + 2 + 2 + 1 + 2 + 1);
    expect(result.providedIdentities).toEqual({
      user_id: ['1'],
      phone: ['+33612345678'],
      analytics_client_id: expect.any(Array),
    });
  });

  it('answers not_found for a stranger', async () => {
    const { task } = context('access', { identities: { email: ['nobody@example.com'] } });
    expect(((await connector.execute(task)) as ConnectorResult).outcome).toBe('not_found');
  });

  it('leaves out an identity the key column cannot hold, instead of failing on the cast', async () => {
    const { task, rows } = context('access', {
      identities: { email: ['alice@example.com'], user_id: ['not-a-number', '99999999999'] },
    });
    const result = (await connector.execute(task)) as ConnectorResult;
    expect(result.outcome).toBe('completed');
    expect(rows.customers.map((r) => r.id)).toEqual([1]);
  });

  it("writes a row as the server's JSON text with the same values a read as values gives", async () => {
    await query(`
      CREATE TABLE typed_rows (id int8 PRIMARY KEY, email text, amount numeric(30, 10), at timestamptz,
        naive timestamp, day date, flag boolean, note text, doc jsonb, tags text[], nothing text,
        bigs int8[], times timestamptz[]);
      INSERT INTO typed_rows VALUES (9007199254740993, 'alice@example.com',
        12345678901234567890.0123456789, '2026-05-01 10:00:00.1239+02', '2026-05-01 10:00:00',
        '2026-05-01', true, E'a "quote", a \\ backslash,\na new line and é', '{"k": [1, "two"]}',
        '{x,"y z"}', NULL, '{9007199254740993,NULL}', '{"2026-05-01 10:00:00.5+02",NULL}');`);
    const map = {
      tables: [{ name: 'typed_rows', primaryKey: ['id'], identities: { email: 'email' as const } }],
    };
    const asValues = context('access', { system: system(map) });
    await connector.execute(asValues.task);
    const texts: { columns: readonly string[]; json: string }[] = [];
    const asJson = context('access', {
      system: system(map),
      sink: {
        write: () => Promise.reject(new Error('rows should arrive as JSON text')),
        writeJson: (_collection, columns, json) => void texts.push({ columns, json }),
      },
    });
    const result = (await connector.execute(asJson.task)) as ConnectorResult;
    expect(result.counts.found).toBe(1);
    const [value] = asValues.rows.typed_rows;
    const parsed = JSON.parse(texts[0].json) as Record<string, unknown>;
    expect(texts[0].columns).toEqual(Object.keys(value));
    // Wide numbers keep every digit; a zoned time reads as UTC, as through a Date.
    expect(parsed.id).toBe('9007199254740993');
    expect(parsed.amount).toBe('12345678901234567890.0123456789');
    expect(parsed.at).toBe('2026-05-01T08:00:00.123Z');
    expect([parsed.bigs, parsed.times]).toEqual([
      ['9007199254740993', null],
      ['2026-05-01T08:00:00.500Z', null],
    ]);
    const { naive, day, ...rest } = parsed;
    const { naive: _naive, day: _day, ...restOfValues } = JSON.parse(JSON.stringify(value));
    expect(rest).toEqual(restOfValues);
    // A time or date without a zone stays as stored; no zone is invented for it.
    expect([naive, day]).toEqual(['2026-05-01T10:00:00', '2026-05-01']);
  });

  it('previews an erasure per table without changing anything', async () => {
    const before = await query('SELECT to_jsonb(c) FROM customers c ORDER BY id');
    const { task } = context('erasure');
    const preview = await connector.preview({ ...task });
    expect(preview.supported).toBe(true);
    const byTable = Object.fromEntries(preview.tables.map((t) => [t.table, t]));
    expect(byTable.customers).toMatchObject({ rows: 1, fields: { name: 1, email: 1, phone: 1 } });
    expect(byTable.logins).toMatchObject({ rows: 2, rowAction: 'delete' });
    expect(byTable.orders).toMatchObject({
      rows: 2,
      rowAction: 'restrict',
      fields: { billing_name: 2 },
    });
    expect(byTable.products).toBeUndefined();
    expect(await query('SELECT to_jsonb(c) FROM customers c ORDER BY id')).toEqual(before);
    expect(await query('SELECT id FROM logins WHERE customer_id = 1')).toHaveLength(2);
  });

  it('rectifies only rectifiable fields matched by category', async () => {
    const { task } = context('rectification', {
      corrections: [
        { field: 'user.name', value: 'Alice Martin' },
        { field: 'user.financial', value: '0' },
      ],
    });
    const result = (await connector.execute(task)) as ConnectorResult;
    expect(result.counts.rectified).toBe(2); // customers.name, payment_cards.holder
    expect(result.note).toContain('user.financial');
    const [alice] = await query('SELECT name FROM customers WHERE id = 1');
    expect(alice.name).toBe('Alice Martin');
    expect(await query('SELECT billing_name FROM orders WHERE customer_id = 1')).toEqual([
      { billing_name: 'Alice' },
      { billing_name: 'Alice' },
    ]);
    expect(await query(`SELECT total::text FROM orders WHERE id = 10`)).toEqual([
      { total: '12.5' },
    ]);
  });

  it('erases as mapped, keeps holds with their date and leaves others alone', async () => {
    const others = await othersSnapshot();
    const { task } = context('erasure');
    const result = (await connector.execute(task)) as ConnectorResult;
    expect(result.outcome).toBe('completed');
    expect(result.counts).toMatchObject({ deleted: 2, hashed: 1, masked: 2, retained: 3 });
    expect(result.retained).toEqual([
      {
        what: 'payment_cards.ccn (user.financial)',
        basis: 'Payment scheme rules',
        until: '2030-02-01',
      },
      { what: 'orders.total (user.financial)', basis: 'Accounting law', until: '2035-06-15' },
    ]);
    const [alice] = await query('SELECT * FROM customers WHERE id = 1');
    expect(alice).toMatchObject({ name: null, phone: '***', ga_client_id: null });
    expect(alice.email).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
    expect(await query('SELECT street, city FROM addresses WHERE customer_id = 1')).toEqual([
      { street: null, city: 'X' },
    ]);
    expect(await query('SELECT id FROM logins WHERE customer_id = 1')).toEqual([]);
    const orders = await query(
      'SELECT billing_name, total::text, restricted_at FROM orders WHERE customer_id = 1',
    );
    expect(orders.every((o) => o.billing_name === null && o.restricted_at instanceof Date)).toBe(
      true,
    );
    expect(await query('SELECT ccn, restricted FROM payment_cards WHERE id = 1')).toEqual([
      { ccn: '4111111111111111', restricted: true },
    ]);
    expect(await query('SELECT count(*)::int n FROM products')).toEqual([{ n: 3 }]);
    expect(await othersSnapshot()).toEqual(others);
  });

  it('changes nothing more on a second run and says so', async () => {
    const before = await query('SELECT to_jsonb(c) j FROM customers c ORDER BY id');
    const { task } = context('erasure', {
      identities: { email: ['alice@example.com'], user_id: ['1'] },
    });
    const result = (await connector.execute(task)) as ConnectorResult;
    expect(result.outcome).toBe('completed');
    expect(result.counts).toMatchObject({
      erased: 0,
      masked: 0,
      hashed: 0,
      deleted: 0,
      rectified: 0,
    });
    expect(result.note).toBe('nothing left to erase');
    expect(await query('SELECT to_jsonb(c) j FROM customers c ORDER BY id')).toEqual(before);
  });
});
