import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { DomainError } from '@dsar/domain';
import { dataSourceOptions, StaffUserEntity } from '@dsar/persistence';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { StaffAccounts } from './staff-accounts.service.js';

let database: TestDatabase;
let dataSource: DataSource;
let accounts: StaffAccounts;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  accounts = new StaffAccounts(dataSource);
}, 30_000);

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const SYSTEM = { type: 'system', id: null } as const;
const command = (email: string) => ({
  email,
  name: 'Racer',
  role: 'viewer' as const,
  password: 'correct horse battery staple',
});

async function waitForLockWait(client: pg.Client): Promise<void> {
  for (;;) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('StaffAccounts.create racing on one e-mail', () => {
  it('answers the loser of the UNIQUE constraint with a conflict naming the e-mail', async () => {
    // Another create holds the e-mail uncommitted: ours passes the existence check, then waits
    // on the unique index, and loses when the other commits.
    const other = new pg.Client({ connectionString: database.url });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(
        `INSERT INTO staff_users (email, name, role, password_hash, password_changed_at)
         VALUES ('race@staff.example', 'Other', 'viewer', 'x', now())`,
      );
      const ours = accounts.create(command('race@staff.example'), SYSTEM);
      const settled = ours.then(
        () => null,
        (error: unknown) => error,
      );
      await waitForLockWait(other);
      await other.query('COMMIT');
      const error = await settled;
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        code: 'conflict',
        details: { errors: [{ field: 'email', message: 'is taken' }] },
      });
    } finally {
      await other.end();
    }
  }, 20_000);

  it('creates one account out of concurrent creates; the others hear conflict', async () => {
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => accounts.create(command('Twice@Staff.example '), SYSTEM)),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'conflict' });
    }
    expect(
      await dataSource.manager.countBy(StaffUserEntity, { email: 'twice@staff.example' }),
    ).toBe(1);
  }, 20_000);
});
