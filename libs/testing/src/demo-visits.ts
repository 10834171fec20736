import mysql from 'mysql2/promise';
import type pg from 'pg';
import type { DemoEndpoints } from '@dsar/demo';

/** Visits of the demo's statistics, wherever they live (MariaDB when it answered, else PostgreSQL). */
export async function demoVisits(
  product: pg.Client,
  endpoints: DemoEndpoints,
  cookieIds: string[] | null = null,
): Promise<number> {
  if (!endpoints.statsMysqlUrl) {
    const { rows } = await product.query(
      `SELECT count(*)::int AS n FROM flatris_stats.visits WHERE $1::text[] IS NULL OR cookie_id = ANY($1)`,
      [cookieIds],
    );
    return rows[0].n;
  }
  const connection = await mysql.createConnection(endpoints.statsMysqlUrl);
  try {
    const where = cookieIds
      ? `WHERE cookie_id IN (${cookieIds.map(() => '?').join(', ') || 'NULL'})`
      : '';
    const [rows] = await connection.execute(
      `SELECT count(*) AS n FROM visits ${where}`,
      cookieIds ?? [],
    );
    return Number((rows as { n: number }[])[0].n);
  } finally {
    await connection.end();
  }
}

/** Drops the statistics database a test's demo tenant made on MariaDB. */
export async function dropDemoStats(endpoints: DemoEndpoints | undefined): Promise<void> {
  if (!endpoints?.statsMysqlUrl) return;
  const url = new URL(endpoints.statsMysqlUrl);
  const database = url.pathname.slice(1);
  url.pathname = '';
  const connection = await mysql.createConnection(url.toString());
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await connection.end();
  }
}
