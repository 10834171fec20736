import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '@dsar/persistence';

const SERVER_URL = 'postgres://postgres@127.0.0.1:5432';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${SERVER_URL}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database per test file, so each test owns its rows. */
export async function createTestDatabase(
  prefix = 'dsar_test',
  options = { migrate: true },
): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const url = `${SERVER_URL}/${name}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  if (options.migrate) await migrate(url);
  return {
    name,
    url,
    drop: () =>
      admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}
