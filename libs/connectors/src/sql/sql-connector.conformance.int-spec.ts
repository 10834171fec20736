import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ConnectorResult } from '@dsar/domain';
import type { SystemRecord, TaskContext } from '@dsar/systems';
import { MysqlConnector } from '../mysql/mysql.connector.js';
import { PostgresConnector } from '../postgres/postgres.connector.js';
import type { DatasetMap } from './dataset-map.schema.js';
import type { SqlConnector } from './sql.connector.js';
import {
  conformanceMap,
  HOSTILE_COLUMN,
  HOSTILE_TABLE,
  mariadbServer,
  postgresServer,
  type CompanyDatabase,
  type CompanyServer,
} from './testing/company-servers.js';

/**
 * One set of cases for every SQL dialect, run against the real servers of the machine: the
 * subject's answer must not depend on where the company keeps its data.
 */
const allowLoopback = { outboundAllowlist: ['127.0.0.1'] };
const CONNECTORS: Record<CompanyServer['kind'], () => SqlConnector> = {
  postgres: () => new PostgresConnector(allowLoopback),
  mysql: () => new MysqlConnector(allowLoopback),
};
const TABLES = ['customers', 'addresses', 'orders', 'payment_cards', 'logins', 'visits'];

describe.each([postgresServer, mariadbServer])('the SQL connector on $name', (server) => {
  const connector = CONNECTORS[server.kind]();
  let company: CompanyDatabase;

  const system = (map: DatasetMap = conformanceMap()): SystemRecord => ({
    id: '5f0c1a4e-0000-4000-8000-000000000001',
    name: 'Accounts',
    kind: server.kind,
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
  });
  const context = (action: TaskContext['action'], extra: Partial<TaskContext> = {}) => {
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
  };
  const run = async (task: TaskContext) => (await connector.execute(task)) as ConnectorResult;
  const ids = (rows: Record<string, unknown>[] | undefined) =>
    (rows ?? []).map((row) => Number(row.id)).sort((a, b) => a - b);
  /** Everyone else's rows, as they are (JSON so dates and decimals compare as written). */
  const othersSnapshot = async () => {
    const snapshot: Record<string, string> = {};
    for (const table of TABLES) {
      const key = table === 'customers' ? 'id' : 'customer_id';
      const rows = await company.rows(
        `SELECT * FROM ${table} WHERE ${key} IS NULL OR ${key} <> 1 ORDER BY id`,
      );
      snapshot[table] = JSON.stringify(rows);
    }
    snapshot.newsletter = JSON.stringify(
      await company.rows('SELECT * FROM newsletter WHERE id <> 1 ORDER BY id'),
    );
    return snapshot;
  };
  const check = (edit: (map: DatasetMap) => void) => {
    const map = conformanceMap();
    edit(map);
    const settings = { url: company.url, dataset: map };
    const problems = connector.validateSettings(settings);
    return problems.length > 0 ? Promise.resolve(problems) : connector.checkLive(settings);
  };
  const table = (map: DatasetMap, name: string) => map.tables.find((t) => t.name === name)!;

  beforeAll(async () => {
    company = await server.createCompany();
  }, 60_000);
  afterAll(() => company?.drop());

  describe('the map checked against the live schema', () => {
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
        'a NOT NULL column nulled',
        (m: DatasetMap) =>
          void (table(m, 'customers').fields!.password_hash = {
            category: 'system.credentials',
            erasure: 'null',
          }),
        'settings.dataset.tables.0.fields.password_hash.erasure',
        /NOT NULL/,
      ],
      [
        'a key column nulled',
        (m: DatasetMap) =>
          void (table(m, 'customers').fields!.id = { category: 'user.id', erasure: 'null' }),
        'settings.dataset.tables.0.fields.id.erasure',
        /primary key/,
      ],
      [
        'a unique column masked',
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
        'rowErasure on a table with retained fields',
        (m: DatasetMap) => void (table(m, 'orders').rowErasure = 'delete'),
        'settings.dataset.tables.2.rowErasure',
        /retained fields/,
      ],
      [
        'a system schema',
        (m: DatasetMap) =>
          void m.tables.push({ name: server.systemTable, primaryKey: ['id'], shared: true }),
        'settings.dataset.tables.9.name',
        /is in the system schema/,
      ],
      [
        'a hostile name that does not exist',
        (m: DatasetMap) => void (table(m, 'logins').name = `${HOSTILE_TABLE}2`),
        'settings.dataset.tables.6.name',
        /no table/,
      ],
    ])('refuses %s, naming the field', async (_what, edit, field, message) => {
      expect(await check(edit)).toContainEqual({ field, message: expect.stringMatching(message) });
    });

    it('refuses an unreachable server with the reason', async () => {
      const settings = {
        url: `${server.kind}://root@127.0.0.1:1/x`,
        dataset: conformanceMap(),
      };
      expect(await connector.checkLive(settings)).toEqual([
        { field: 'settings.url', message: expect.stringMatching(/cannot be reached/) },
      ]);
    });
  });

  it('refuses a server on loopback unless OUTBOUND_ALLOWLIST names it', async () => {
    const closed =
      server.kind === 'postgres'
        ? new PostgresConnector({ outboundAllowlist: [] })
        : new MysqlConnector({ outboundAllowlist: [] });
    expect(await closed.checkLive({ url: company.url, dataset: conformanceMap() })).toEqual([
      {
        field: 'settings.url',
        message: expect.stringMatching(/^refused by the outbound address policy: .*loopback/),
      },
    ]);
    await expect(closed.execute(context('access').task)).rejects.toThrow(
      /refused by the outbound address policy/,
    );
  });

  describe('access', () => {
    it('finds exactly the subject rows across declared edges and shared tables', async () => {
      const { task, rows } = context('access');
      const result = await run(task);
      expect(result.outcome).toBe('completed');
      expect(ids(rows.customers)).toEqual([1]);
      expect(rows.customers[0]).not.toHaveProperty('password_hash');
      expect(ids(rows.orders)).toEqual([10, 11]);
      expect(ids(rows.order_items)).toEqual([100, 101]);
      // Product 1 is also Bob's (shared, never walked from); product 3 is Bob's only.
      expect(ids(rows.products)).toEqual([1, 2]);
      expect(rows.payment_cards[0]).not.toHaveProperty('ccn');
      // Visit 1 names Bob through an undeclared key; visit 3 is Carol's although it names Alice.
      expect(ids(rows.visits)).toEqual([1]);
      expect(ids(rows.logins)).toEqual([1, 2]);
      // Text is compared exactly: "alicé" and "ALICE" are not the subject's address.
      expect(ids(rows.newsletter)).toEqual([1]);
      expect(result.counts.found).toBe(1 + 1 + 2 + 2 + 2 + 1 + 2 + 1 + 1);
      expect(result.providedIdentities).toEqual({
        user_id: ['1'],
        phone: ['+33612345678'],
        analytics_client_id: ['GA1.1.111'],
      });
    });

    it('answers not_found for a stranger, and leaves out values a key cannot hold', async () => {
      const stranger = context('access', { identities: { email: ['nobody@example.com'] } });
      expect((await run(stranger.task)).outcome).toBe('not_found');
      // "0abc" would compare equal to 0 on MySQL; it must match nothing, not fail the task.
      const odd = context('access', {
        identities: { email: ['nobody@example.com'], user_id: ['0abc', '99999999999', 'x'] },
      });
      expect((await run(odd.task)).outcome).toBe('not_found');
    });

    it('reads tables and columns whose names are hostile, as values only', async () => {
      const map: DatasetMap = {
        tables: [
          {
            name: HOSTILE_TABLE,
            primaryKey: [HOSTILE_COLUMN],
            identities: { [HOSTILE_COLUMN]: 'email' },
          },
        ],
      };
      expect(await connector.checkLive({ url: company.url, dataset: map })).toEqual([]);
      const { task, rows } = context('access', { system: system(map) });
      expect((await run(task)).outcome).toBe('completed');
      expect(rows[HOSTILE_TABLE]).toEqual([{ [HOSTILE_COLUMN]: 'alice@example.com', n: 'A' }]);
      expect(await company.rows('SELECT count(*) AS n FROM y')).toEqual([{ n: expect.anything() }]);
    });

    it('sends a row two identity columns match once, and counts it once', async () => {
      const map: DatasetMap = {
        tables: [
          {
            name: HOSTILE_TABLE,
            primaryKey: [HOSTILE_COLUMN],
            identities: { [HOSTILE_COLUMN]: 'email', n: 'user_id' },
          },
        ],
      };
      const { task, rows } = context('access', {
        system: system(map),
        identities: { email: ['alice@example.com'], user_id: ['A'] },
      });
      const result = await run(task);
      expect(result.outcome).toBe('completed');
      expect(result.counts.found).toBe(1);
      expect(rows[HOSTILE_TABLE]).toEqual([{ [HOSTILE_COLUMN]: 'alice@example.com', n: 'A' }]);
    });
  });

  it('looks up the identities a system provides from the tables that lead to them alone, keeping nothing', async () => {
    const full = await run(context('access').task);
    const { task, rows } = context('access', { lookupOnly: true });
    const lookup = await run(task);
    expect(lookup.outcome).toBe('completed');
    expect(lookup.providedIdentities).toEqual(full.providedIdentities);
    // Alice's customer row and her two orders (which lead back to it); no other table is read.
    expect(lookup.counts.found).toBe(3);
    expect(rows).toEqual({});
    const stranger = context('access', {
      lookupOnly: true,
      identities: { email: ['nobody@example.com'] },
    });
    expect(await run(stranger.task)).toMatchObject({ outcome: 'not_found' });
  });

  describe('restriction (GDPR Art. 18)', () => {
    const marks = async () => ({
      orders: (await company.rows('SELECT restricted_at FROM orders WHERE customer_id = 1')).map(
        (row) => row.restricted_at !== null,
      ),
      cards: (await company.rows('SELECT restricted FROM payment_cards WHERE customer_id = 1')).map(
        (row) => Boolean(row.restricted),
      ),
    });

    it("marks the subject's rows in each restrictColumn, and lifting clears them, no one else's", async () => {
      const others = await othersSnapshot();
      const restricted = await run(context('restriction').task);
      expect(restricted.outcome).toBe('completed');
      expect(await marks()).toEqual({ orders: [true, true], cards: [true] });
      const lifted = (await connector.liftRestriction(
        context('restriction').task,
      )) as ConnectorResult;
      expect(lifted.outcome).toBe('completed');
      expect(await marks()).toEqual({ orders: [false, false], cards: [false] });
      const again = (await connector.liftRestriction(
        context('restriction').task,
      )) as ConnectorResult;
      expect(again.note).toBe('no restricted row left');
      expect(await othersSnapshot()).toEqual(others);
    });
  });

  it('a restriction on a map naming no restrictColumn marks nothing, says so, and still provides identities', async () => {
    const map = conformanceMap();
    for (const each of map.tables) delete each.restrictColumn;
    const others = await othersSnapshot();
    const result = await run(context('restriction', { system: system(map) }).task);
    expect([result.outcome, result.note]).toEqual([
      'skipped',
      expect.stringContaining('names no restrictColumn'),
    ]);
    expect(result.counts.found).toBeGreaterThan(0);
    expect(result.providedIdentities?.user_id).toEqual(['1']);
    expect(await othersSnapshot()).toEqual(others);
    const orders = await company.rows('SELECT restricted_at FROM orders WHERE customer_id = 1');
    expect(orders.every((row) => row.restricted_at === null)).toBe(true);
  });

  describe('objection (GDPR Art. 21)', () => {
    it("stamps the subject's rows in each objectionColumn; a map naming none waits for staff", async () => {
      const others = await othersSnapshot();
      // (any nullable timestamp column takes the stamp; the orders' restrict column is one)
      const map = conformanceMap();
      table(map, 'orders').objectionColumn = 'restricted_at';
      const stamped = await run(context('objection', { system: system(map) }).task);
      expect(stamped.outcome).toBe('completed');
      const orders = await company.rows('SELECT restricted_at FROM orders WHERE customer_id = 1');
      expect(orders.map((row) => row.restricted_at !== null)).toEqual([true, true]);
      expect(await othersSnapshot()).toEqual(others);
      await company.rows('UPDATE orders SET restricted_at = NULL');
      const unmapped = await connector.execute(context('objection').task);
      expect(unmapped).toEqual({
        waiting: true,
        note: expect.stringContaining('names no objectionColumn'),
      });
    });
  });

  describe('erasure and rectification', () => {
    it('previews an erasure per table and changes nothing', async () => {
      const before = JSON.stringify(await company.rows('SELECT * FROM customers ORDER BY id'));
      const preview = await connector.preview(context('erasure').task);
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
      expect(JSON.stringify(await company.rows('SELECT * FROM customers ORDER BY id'))).toBe(
        before,
      );
      expect(await company.rows('SELECT id FROM logins WHERE customer_id = 1')).toHaveLength(2);
    });

    it('rectifies only rectifiable fields matched by category', async () => {
      const { task } = context('rectification', {
        corrections: [
          { field: 'user.name', value: 'Alice Martin' },
          { field: 'user.financial', value: '0' },
        ],
      });
      const result = await run(task);
      expect(result.counts.rectified).toBe(2); // customers.name, payment_cards.holder
      expect(result.note).toBe('no rectifiable field holds user.financial');
      expect(await company.rows('SELECT name FROM customers ORDER BY id')).toEqual([
        { name: 'Alice Martin' },
        { name: 'Bob' },
        { name: 'Carol' },
      ]);
      expect(await company.rows('SELECT holder FROM payment_cards ORDER BY id')).toEqual([
        { holder: 'Alice Martin' },
        { holder: 'BOB' },
      ]);
      // billing_name is user.name too, but not rectifiable.
      expect(
        await company.rows('SELECT billing_name FROM orders WHERE customer_id = 1 ORDER BY id'),
      ).toEqual([{ billing_name: 'Alice' }, { billing_name: 'Alice' }]);
    });

    it('erases per strategy, keeps holds with their date, and leaves other people alone', async () => {
      const others = await othersSnapshot();
      const result = await run(context('erasure').task);
      expect(result.outcome).toBe('completed');
      expect(result.counts).toMatchObject({
        erased: 1 + 1 + 2 + 1 + 1 + 1 + 1, // name, ga_client_id, billing_name×2, street, holder, page, newsletter
        deleted: 2,
        hashed: 1,
        masked: 2,
        retained: 3,
      });
      expect(result.retained).toEqual([
        {
          what: 'payment_cards.ccn (user.financial)',
          basis: 'Payment scheme rules',
          until: '2030-02-01',
        },
        { what: 'orders.total (user.financial)', basis: 'Accounting law', until: '2035-06-15' },
      ]);
      const [alice] = await company.rows(
        'SELECT name, email, phone, ga_client_id FROM customers WHERE id = 1',
      );
      expect(alice).toMatchObject({ name: null, phone: '***', ga_client_id: null });
      expect(alice.email).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
      expect(
        await company.rows('SELECT street, city FROM addresses WHERE customer_id = 1'),
      ).toEqual([{ street: null, city: 'X' }]);
      expect(await company.rows('SELECT id FROM logins WHERE customer_id = 1')).toEqual([]);
      const orders = await company.rows(
        'SELECT billing_name, restricted_at FROM orders WHERE customer_id = 1',
      );
      expect(orders.map((o) => [o.billing_name, o.restricted_at instanceof Date])).toEqual([
        [null, true],
        [null, true],
      ]);
      const [card] = await company.rows('SELECT ccn, restricted FROM payment_cards WHERE id = 1');
      expect([card.ccn, Boolean(card.restricted)]).toEqual(['4111111111111111', true]);
      expect(await company.rows('SELECT id FROM products ORDER BY id')).toHaveLength(3);
      expect(await othersSnapshot()).toEqual(others);
    });

    it('changes nothing more on a second run and says so', async () => {
      const before = JSON.stringify(await company.rows('SELECT * FROM customers ORDER BY id'));
      const result = await run(
        context('erasure', { identities: { email: ['alice@example.com'], user_id: ['1'] } }).task,
      );
      expect(result.outcome).toBe('completed');
      expect(result.counts).toMatchObject({
        erased: 0,
        masked: 0,
        hashed: 0,
        deleted: 0,
        rectified: 0,
      });
      expect(result.note).toBe('nothing left to erase');
      expect(result.retained).toHaveLength(2);
      expect(JSON.stringify(await company.rows('SELECT * FROM customers ORDER BY id'))).toBe(
        before,
      );
    });
  });
});
