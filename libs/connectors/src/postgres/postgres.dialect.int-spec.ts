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
