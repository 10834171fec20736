import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions, StaffUserEntity } from '@dsar/persistence';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { verifyPassword } from '../passwords.js';
import { StaffAccounts } from '../staff-accounts.service.js';
import { runStaffCli, StaffCliError } from './staff-cli.js';

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

const user = (email: string) => dataSource.manager.findOneByOrFail(StaffUserEntity, { email });

describe('npm run staff', () => {
  it('creates an account with a generated password shown once', async () => {
    const lines = await runStaffCli(
      ['create', '--email', ' Olga@Example.com ', '--role', 'officer', '--name', 'Olga'],
      accounts,
    );
    expect(lines[0]).toMatch(/^Created officer olga@example.com/);
    const generated = /Password \(shown once\): (\S+)/.exec(lines[1]!)![1]!;
    const stored = await user('olga@example.com');
    expect(stored).toMatchObject({ role: 'officer', name: 'Olga', enabled: true });
    expect(await verifyPassword(stored.passwordHash, generated)).toBe(true);
  }, 20_000);

  it('resets a password and disables an account', async () => {
    await runStaffCli(
      ['reset-password', '--email', 'olga@example.com', '--password', 'a fresh long password'],
      accounts,
    );
    const stored = await user('olga@example.com');
    expect(await verifyPassword(stored.passwordHash, 'a fresh long password')).toBe(true);
    expect(await runStaffCli(['disable', '--email', 'olga@example.com'], accounts)).toEqual([
      'Disabled olga@example.com; its sessions have ended',
    ]);
    expect((await user('olga@example.com')).enabled).toBe(false);
    const events = await dataSource.query(
      `SELECT action FROM audit_events WHERE chain = 'system' ORDER BY seq`,
    );
    expect(events.map((row: { action: string }) => row.action)).toEqual([
      'staff_created',
      'staff_updated',
      'staff_disabled',
    ]);
  }, 20_000);

  it('explains what is wrong', async () => {
    await expect(
      runStaffCli(['create', '--email', 'x@example.com', '--role', 'king'], accounts),
    ).rejects.toThrow(StaffCliError);
    await expect(
      runStaffCli(['create', '--email', 'not-an-email', '--role', 'viewer'], accounts),
    ).rejects.toThrow('--email');
    await expect(
      runStaffCli(['disable', '--email', 'ghost@example.com'], accounts),
    ).rejects.toThrow('No account');
    await expect(
      runStaffCli(
        ['reset-password', '--email', 'olga@example.com', '--password', 'short'],
        accounts,
      ),
    ).rejects.toThrow('at least 12');
    await expect(
      runStaffCli(['create', '--email', 'olga@example.com', '--role', 'viewer'], accounts),
    ).rejects.toThrow('exists already');
  }, 20_000);
});
