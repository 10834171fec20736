import mysql from 'mysql2/promise';
import { STATS_SCHEMA } from './stats-database.js';

/** The machine's MariaDB or MySQL, as on the CI machine; the demo uses it when it answers. */
export const DEMO_MYSQL_SERVER = 'mysql://root@127.0.0.1:3306';

export interface StatsSource {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Whether a MySQL-compatible server answers at `server` within a second. */
export async function mysqlAnswers(server: string): Promise<boolean> {
  try {
    const connection = await mysql.createConnection({ uri: server, connectTimeout: 1000 });
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

/** One statistics database per product database, so two demo tenants never share one. */
export function statsDatabaseName(productDatabaseUrl: string): string {
  const product = decodeURIComponent(new URL(productDatabaseUrl).pathname.slice(1)) || 'dsar';
  return `${product.replace(/[^a-z0-9_]/gi, '_').slice(0, 50)}_stats`.toLowerCase();
}

const COLUMNS = [
  'id',
  'cookie_id',
  'ip_address',
  'browser',
  'user_agent',
  'language',
  'page',
  'referrer',
  'visited_at',
  'duration_seconds',
  'restricted_at',
  'objected_at',
] as const;
const BATCH = 2000;

/**
 * Moves the generated website statistics from PostgreSQL to the MariaDB database `url` names
 * (created afresh), so one of the policy's systems runs on the second SQL dialect.
 */
export async function moveStatsToMysql(source: StatsSource, server: string, database: string) {
  const admin = await mysql.createConnection({ uri: server });
  try {
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4`);
  } finally {
    await admin.end();
  }
  const target = await mysql.createConnection({ uri: `${server}/${database}`, timezone: 'Z' });
  try {
    await target.query(`CREATE TABLE visits (
      id bigint PRIMARY KEY, cookie_id varchar(64) NOT NULL, ip_address varchar(64) NOT NULL,
      browser text NOT NULL, user_agent text NOT NULL, language varchar(32) NOT NULL,
      page text NOT NULL, referrer text, visited_at datetime(6) NOT NULL,
      duration_seconds int NOT NULL, restricted_at datetime(6) NULL, objected_at datetime(6) NULL,
      INDEX visits_cookie_id (cookie_id))`);
    for (let after = '0'; ;) {
      const { rows } = await source.query(
        `SELECT ${COLUMNS.join(', ')} FROM ${STATS_SCHEMA}.visits WHERE id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      const tuple = `(${COLUMNS.map(() => '?').join(', ')})`;
      await target.execute(
        `INSERT INTO visits (${COLUMNS.join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`,
        rows.flatMap((row) =>
          COLUMNS.map((column) => row[column] as string | number | Date | null),
        ),
      );
      after = String(rows.at(-1)!.id);
    }
  } finally {
    await target.end();
  }
  await source.query(`DROP SCHEMA ${STATS_SCHEMA} CASCADE`);
}
