import mysql from 'mysql2/promise';
import {
  ACCOUNTS_DATASET,
  type DatasetMap,
  PAYMENTS_DATASET,
  STATS_DATASET,
  STATS_ON_MYSQL_DATASET,
} from './dataset-maps.js';
import type { Queryable } from './demo-company.js';

/** The columns a request marks on the subject's rows, as a dataset map names them. */
const MARKS = [
  'restrictColumn',
  'objectionColumn',
  'optOutColumn',
  'limitSensitiveColumn',
] as const;

/** `schema.table.column` of every mark the maps name (the maps own which columns there are). */
export function markColumns(map: DatasetMap): { table: string; column: string }[] {
  return map.tables.flatMap((table) =>
    MARKS.flatMap((mark) => (table[mark] ? [{ table: table.name, column: table[mark] }] : [])),
  );
}

/**
 * A demo company seeded before its maps named these marks gets the columns (timestamps, empty).
 * Idempotent: a column that is there is left; a table that is not (the statistics moved to
 * MariaDB) is skipped. Returns the columns it added.
 */
export async function upgradeDemoCompany(db: Queryable): Promise<string[]> {
  const added: string[] = [];
  for (const { table, column } of [ACCOUNTS_DATASET, PAYMENTS_DATASET, STATS_DATASET].flatMap(
    markColumns,
  )) {
    const [schema, name] = table.split('.');
    const { rows } = await db.query(
      `SELECT to_regclass($1) IS NOT NULL AS table_there,
         EXISTS (SELECT 1 FROM information_schema.columns
                 WHERE table_schema = $2 AND table_name = $3 AND column_name = $4) AS column_there`,
      [table, schema, name, column],
    );
    if (!rows[0].table_there || rows[0].column_there) continue;
    await db.query(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${column} timestamptz`);
    added.push(`${table}.${column}`);
  }
  return added;
}

/**
 * The same for the statistics on MariaDB, in `database` on `server` (a database or a table that
 * is not there: nothing to do).
 */
export async function upgradeStatsOnMysql(server: string, database: string): Promise<string[]> {
  const connection = await mysql.createConnection({ uri: server });
  try {
    const added: string[] = [];
    for (const { table, column } of markColumns(STATS_ON_MYSQL_DATASET)) {
      const [tables] = await connection.execute(
        'SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?',
        [database, table],
      );
      const [columns] = await connection.execute(
        `SELECT 1 FROM information_schema.columns
         WHERE table_schema = ? AND table_name = ? AND column_name = ?`,
        [database, table, column],
      );
      if ((tables as unknown[]).length === 0 || (columns as unknown[]).length > 0) continue;
      await connection.query(
        `ALTER TABLE \`${database}\`.\`${table}\` ADD COLUMN \`${column}\` datetime(6) NULL`,
      );
      added.push(`${table}.${column}`);
    }
    return added;
  } finally {
    await connection.end();
  }
}
