import { ACCOUNTS_SCHEMA, accountsDataSql, accountsSchemaSql } from './accounts-database.js';
import { PAYMENTS_SCHEMA, paymentsDataSql, paymentsSchemaSql } from './payments-database.js';
import { STATS_SCHEMA, statsDataSql, statsSchemaSql } from './stats-database.js';

export const DEMO_SCHEMAS = [ACCOUNTS_SCHEMA, PAYMENTS_SCHEMA, STATS_SCHEMA] as const;

/** Players the tour and the demo requests use by name (ids 1..5 of the generated set). */
export const NAMED_PLAYERS = [
  {
    id: 1,
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    phone: '+380501234567',
    googleSub: '100000000000000000001',
  },
  {
    id: 2,
    email: 'taras.shevchenko@example.com',
    name: 'Taras Shevchenko',
    phone: '+380672345678',
    googleSub: null,
  },
  {
    id: 3,
    email: 'iryna.bondarenko@example.com',
    name: 'Iryna Bondarenko',
    phone: '+380933456789',
    googleSub: '100000000000000000003',
  },
  {
    id: 4,
    email: 'lukas.schmidt@example.com',
    name: 'Lukas Schmidt',
    phone: null,
    googleSub: null,
  },
  {
    id: 5,
    email: 'camille.dubois@example.com',
    name: 'Camille Dubois',
    phone: '+380974567890',
    googleSub: null,
  },
] as const;

export interface DemoCompanyOptions {
  /** PRNG seed: the same seed gives the same rows. */
  seed: number;
  players: number;
  anonymousVisitors: number;
}

export const DEFAULT_DEMO_COMPANY: DemoCompanyOptions = {
  seed: 20261125,
  players: 5000,
  anonymousVisitors: 20000,
};

/** What the generator needs of a connection: pg.Client, or a TypeORM query runner adapted. */
export interface Queryable {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Whether the demo company's schemas are there already (a seeded database is left alone). */
export async function demoCompanyExists(db: Queryable): Promise<boolean> {
  const { rows } = await db.query(
    'SELECT count(*) FROM information_schema.schemata WHERE schema_name = ANY($1)',
    [[...DEMO_SCHEMAS]],
  );
  return Number(rows[0].count) > 0;
}

/**
 * Creates the three company databases as schemas and fills them, in one transaction: thousands
 * of players with accounts, payments and visit statistics, generated in SQL from the seed.
 */
export async function createDemoCompany(
  db: Queryable,
  options: DemoCompanyOptions = DEFAULT_DEMO_COMPANY,
): Promise<void> {
  const statements = [
    ...accountsSchemaSql(),
    ...paymentsSchemaSql(),
    ...statsSchemaSql(),
    ...accountsDataSql(options.seed, options.players),
    ...NAMED_PLAYERS.filter((player) => player.id <= options.players).map(namedPlayerSql),
    ...paymentsDataSql(options.seed),
    ...statsDataSql(options.seed, options.anonymousVisitors),
  ];
  await db.query('BEGIN');
  try {
    for (const statement of statements) await db.query(statement);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

export async function dropDemoCompany(db: Queryable): Promise<void> {
  for (const schema of DEMO_SCHEMAS) await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}

function literal(value: string | null): string {
  return value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`;
}

function namedPlayerSql(player: (typeof NAMED_PLAYERS)[number]): string {
  const [first, last] = player.name.split(' ');
  return `UPDATE ${ACCOUNTS_SCHEMA}.players SET email = ${literal(player.email)},
    display_name = ${literal(`${first} ${last[0]}.`)}, phone = ${literal(player.phone)},
    google_sub = ${literal(player.googleSub)} WHERE id = ${player.id}`;
}
