import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '@dsar/persistence';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { claimOnce, claimUnlessBusy } from './staff-alerts.service.js';

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
}, 30_000);

afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

/** A transaction that claims (kind, key) and stays open until `finish` says commit or roll back. */
function claimingTransaction(kind: string, key: string) {
  let finish!: (outcome: 'commit' | 'rollback') => void;
  let claimed!: (won: boolean) => void;
  const outcome = new Promise<'commit' | 'rollback'>((resolve) => (finish = resolve));
  const won = new Promise<boolean>((resolve) => (claimed = resolve));
  const done = dataSource
    .transaction(async (manager: EntityManager) => {
      claimed(await claimUnlessBusy(manager, kind, key));
      if ((await outcome) === 'rollback') throw new Error('rolled back on purpose');
    })
    .catch((error: Error) => {
      if (error.message !== 'rolled back on purpose') throw error;
    });
  return { won, finish, done };
}

const claimAlone = (kind: string, key: string) =>
  dataSource.transaction((manager) => claimUnlessBusy(manager, kind, key));

describe('claimUnlessBusy', () => {
  it('answers at once that a claim in flight elsewhere is busy, and the claim holds once committed', async () => {
    const key = randomUUID();
    const first = claimingTransaction('art19_notices', key);
    expect(await first.won).toBe(true);
    // claimOnce here would wait for the first transaction to end; this one does not.
    expect(await claimAlone('art19_notices', key)).toBe(false);
    // Another key, or the same key of another kind, is free meanwhile.
    expect(await claimAlone('art19_notices', randomUUID())).toBe(true);
    expect(await claimAlone('art19_untold', key)).toBe(true);
    first.finish('commit');
    await first.done;
    expect(await claimAlone('art19_notices', key)).toBe(false);
    expect(
      await dataSource.transaction((manager) => claimOnce(manager, 'art19_notices', key)),
    ).toBe(false);
  });

  it('leaves the claim to the next sweep when the busy transaction rolls back', async () => {
    const key = randomUUID();
    const first = claimingTransaction('art19_notices', key);
    expect(await first.won).toBe(true);
    expect(await claimAlone('art19_notices', key)).toBe(false);
    first.finish('rollback');
    await first.done;
    expect(await claimAlone('art19_notices', key)).toBe(true);
    const rows = (await dataSource.query(
      'SELECT count(*)::int AS n FROM staff_alerts WHERE kind = $1 AND subject_key = $2',
      ['art19_notices', key],
    )) as { n: number }[];
    expect(rows[0]!.n).toBe(1);
  });
});
