import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { endPostgresPools, postgresDialect } from './postgres.dialect.js';

let company: TestDatabase;

beforeAll(async () => {
  company = await createTestDatabase('pgpool', { migrate: false });
});

afterAll(async () => {
  await endPostgresPools();
  await company.drop();
});

async function backendOf(session: Awaited<ReturnType<typeof postgresDialect.connect>>) {
  const { rows } = await session.query('SELECT pg_backend_pid() AS pid', []);
  return Number(rows[0]!.pid);
}

describe('the PostgreSQL dialect’s pooled sessions', () => {
  it('reuses a connection given back clean', async () => {
    const first = await postgresDialect.connect(company.url);
    const pid = await backendOf(first);
    await first.close();
    const second = await postgresDialect.connect(company.url);
    expect(await backendOf(second)).toBe(pid);
    await second.close();
  });

  it('never hands on a connection left inside a transaction or after an error', async () => {
    const open = await postgresDialect.connect(company.url);
    const openPid = await backendOf(open);
    await open.query(postgresDialect.begin, []);
    await open.close();
    const next = await postgresDialect.connect(company.url);
    expect(await backendOf(next)).not.toBe(openPid);
    const { rows } = await next.query(
      "SELECT count(*)::int AS open FROM pg_stat_activity WHERE pid = $1 AND state LIKE 'idle in transaction%'",
      [openPid],
    );
    expect(rows[0]!.open).toBe(0);

    const failing = next;
    const failingPid = await backendOf(failing);
    await expect(failing.query('SELECT * FROM no_such_table', [])).rejects.toThrow();
    await failing.close();
    const after = await postgresDialect.connect(company.url);
    expect(await backendOf(after)).not.toBe(failingPid);
    await after.close();
  });
});

describe('the PostgreSQL dialect’s catalogue read', () => {
  it('reads every named table in one statement, each under the name the map gave it, absent ones left out', async () => {
    const session = await postgresDialect.connect(company.url);
    try {
      await session.query(
        `CREATE SCHEMA billing;
         CREATE TABLE customers (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name text);
         CREATE TABLE billing.customers (customer_id int NOT NULL, amount numeric, note text);
         CREATE VIEW customer_view AS SELECT id FROM customers`,
        [],
      );
      let statements = 0;
      const counted = {
        ...session,
        query: (sql: string, params: unknown[]) => {
          statements += 1;
          return session.query(sql, params);
        },
      };
      const read = await postgresDialect.readTables!(counted, [
        'billing.customers',
        'missing',
        'customers',
        'customer_view',
      ]);
      expect(statements).toBe(1);
      expect([...read.keys()]).toEqual(['billing.customers', 'customers']);
      const summary = (name: string) =>
        [...read.get(name)!.columns.values()].map((column) => ({
          name: column.name,
          type: column.typeName,
          notNull: column.notNull,
          keyed: column.keyed,
        }));
      expect(read.get('billing.customers')!.sql).toBe('"billing"."customers"');
      expect(summary('billing.customers')).toEqual([
        { name: 'customer_id', type: 'int4', notNull: true, keyed: false },
        { name: 'amount', type: 'numeric', notNull: false, keyed: false },
        { name: 'note', type: 'text', notNull: false, keyed: false },
      ]);
      expect(read.get('customers')!.sql).toBe('"public"."customers"');
      expect(summary('customers')).toEqual([
        { name: 'id', type: 'int4', notNull: true, keyed: true },
        { name: 'email', type: 'text', notNull: true, keyed: true },
        { name: 'name', type: 'text', notNull: false, keyed: false },
      ]);
      expect(await postgresDialect.readTable(session, 'customers')).toEqual(read.get('customers'));
      expect(await postgresDialect.readTable(session, 'missing')).toBeNull();
    } finally {
      await session.close();
    }
  });
});
