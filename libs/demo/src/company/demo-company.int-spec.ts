import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { createDemoCompany, demoCompanyExists, NAMED_PLAYERS } from './demo-company.js';
import { ACCOUNTS_DATASET, PAYMENTS_DATASET, STATS_DATASET } from './dataset-maps.js';

const SMALL = { seed: 7, players: 300, anonymousVisitors: 500 };

/** A digest of every demo table, so two runs can be compared row for row. */
async function digest(client: pg.Client): Promise<Record<string, string>> {
  const tables = [
    'flatris_accounts.players',
    'flatris_accounts.analytics_clients',
    'flatris_accounts.cookies',
    'flatris_accounts.sessions',
    'flatris_accounts.login_history',
    'flatris_payments.payment_methods',
    'flatris_payments.transactions',
    'flatris_stats.visits',
  ];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await client.query<{ digest: string; count: string }>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS digest, count(*) FROM ${table} t`,
    );
    result[table] = `${rows[0].count}:${rows[0].digest}`;
  }
  return result;
}

describe('the demo company generator', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  const clients: pg.Client[] = [];
  const connect = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    first = await createTestDatabase('dsar_demo', { migrate: false });
    second = await createTestDatabase('dsar_demo', { migrate: false });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.end()));
    await first.drop();
    await second.drop();
  });

  it('generates the same company from the same seed, with data in every table', async () => {
    const [a, b] = [await connect(first.url), await connect(second.url)];
    expect(await demoCompanyExists(a)).toBe(false);
    await createDemoCompany(a, SMALL);
    await createDemoCompany(b, SMALL);
    expect(await demoCompanyExists(a)).toBe(true);
    const [digestA, digestB] = [await digest(a), await digest(b)];
    expect(digestA).toEqual(digestB);
    for (const [table, value] of Object.entries(digestA))
      expect([table, Number(value.split(':')[0]) > 0]).toEqual([table, true]);
    expect(digestA['flatris_accounts.players']).toMatch(/^300:/);
  });

  it('gives the tour player data in every system', async () => {
    const client = clients[0];
    const ada = NAMED_PLAYERS[0];
    const counts = await client.query(
      `SELECT
         (SELECT count(*) FROM flatris_accounts.players WHERE email = $1 AND google_sub = $2)::int AS players,
         (SELECT count(*) FROM flatris_accounts.analytics_clients WHERE player_id = 1)::int AS clients,
         (SELECT count(*) FROM flatris_payments.transactions WHERE player_id = 1)::int AS transactions,
         (SELECT count(*) FROM flatris_stats.visits v JOIN flatris_accounts.cookies c USING (cookie_id)
            WHERE c.player_id = 1)::int AS visits`,
      [ada.email, ada.googleSub],
    );
    expect(counts.rows[0]).toEqual({
      players: 1,
      clients: expect.any(Number),
      transactions: expect.any(Number),
      visits: expect.any(Number),
    });
    for (const value of Object.values(counts.rows[0])) expect(value).toBeGreaterThan(0);
  });

  it('puts a deleted cookie on the suppression list the ad partners read', async () => {
    const client = clients[0];
    const { rows } = await client.query<{ cookie_id: string }>(
      `DELETE FROM flatris_accounts.cookies WHERE player_id = 2 RETURNING cookie_id`,
    );
    const listed = await client.query<{ cookie_id: string }>(
      'SELECT cookie_id FROM flatris_accounts.ad_suppression_list ORDER BY cookie_id',
    );
    expect(listed.rows.map((row) => row.cookie_id)).toEqual(
      rows.map((row) => row.cookie_id).sort(),
    );
  });

  it('makes every generated phone number valid E.164', async () => {
    const { normaliseIdentity } = await import('@dsar/domain');
    const { rows } = await clients[0].query<{ phone: string }>(
      'SELECT phone FROM flatris_accounts.players WHERE phone IS NOT NULL',
    );
    const invalid = rows.filter((row) => !normaliseIdentity('phone', row.phone).ok);
    expect(invalid).toEqual([]);
  });
});

/**
 * Until the postgres connector's validator is wired in here, the maps are checked against the
 * live schema with information_schema: every table and column exists, primary keys match, an
 * erasure to NULL never hits a NOT NULL column, and `rowErasure` never meets a retained field.
 */
describe('the dataset maps against the live demo schema', () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase('dsar_demo', { migrate: false });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await createDemoCompany(client, SMALL);
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it.each([
    ['accounts', ACCOUNTS_DATASET],
    ['payments', PAYMENTS_DATASET],
    ['statistics', STATS_DATASET],
  ])(
    'the %s map names only real tables and columns, with erasures the schema accepts',
    async (_name, dataset) => {
      const { rows } = await client.query<{ table: string; column: string; nullable: string }>(
        `SELECT table_schema || '.' || table_name AS table, column_name AS column, is_nullable AS nullable
         FROM information_schema.columns WHERE table_schema LIKE 'flatris_%'`,
      );
      const columns = new Map(
        rows.map((row) => [`${row.table}.${row.column}`, row.nullable === 'YES']),
      );
      const problems: string[] = [];
      for (const table of dataset.tables) {
        const named = [
          ...table.primaryKey,
          ...Object.keys(table.identities ?? {}),
          ...Object.keys(table.fields),
          ...(table.follow ?? []).map((edge) => edge.column),
          ...(table.restrictColumn ? [table.restrictColumn] : []),
          ...(table.objectionColumn ? [table.objectionColumn] : []),
        ];
        for (const column of named)
          if (!columns.has(`${table.name}.${column}`))
            problems.push(`${table.name}.${column} missing`);
        for (const edge of table.follow ?? [])
          if (!columns.has(edge.from)) problems.push(`${edge.from} (edge) missing`);
        for (const [column, field] of Object.entries(table.fields)) {
          if (field.erasure === 'null' && columns.get(`${table.name}.${column}`) === false)
            problems.push(`${table.name}.${column} is NOT NULL but erased to null`);
          if (field.erasure === 'retain' && !field.hold)
            problems.push(`${table.name}.${column} retained without a hold`);
          if (field.erasure === 'retain' && table.rowErasure)
            problems.push(`${table.name} deletes rows it must retain`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it('the accounts map provides every identity the other systems are searched by', () => {
    const provided = ACCOUNTS_DATASET.tables.flatMap((table) =>
      Object.values(table.fields).flatMap((field) => (field.provides ? [field.provides] : [])),
    );
    expect(provided.sort()).toEqual([
      'analytics_client_id',
      'cookie_id',
      'google_sub',
      'phone',
      'user_id',
    ]);
  });
});
