import mysql from 'mysql2/promise';
import type pg from 'pg';
import type { DemoEndpoints } from '@dsar/demo';

/** A mark column of the demo's visits (the statistics map names them). */
export type VisitMark = 'restricted_at' | 'objected_at';

/**
 * Visits of the demo's statistics, wherever they live (MariaDB when it answered, else
 * PostgreSQL); with `marked`, only those whose mark is set.
 */
export async function demoVisits(
  product: pg.Client,
  endpoints: DemoEndpoints,
  cookieIds: string[] | null = null,
  marked: VisitMark | null = null,
): Promise<number> {
  const onlyMarked = marked ? ` AND ${marked} IS NOT NULL` : '';
  if (!endpoints.statsMysqlUrl) {
    const { rows } = await product.query(
      `SELECT count(*)::int AS n FROM flatris_stats.visits
       WHERE ($1::text[] IS NULL OR cookie_id = ANY($1))${onlyMarked}`,
      [cookieIds],
    );
    return rows[0].n;
  }
  const connection = await mysql.createConnection(endpoints.statsMysqlUrl);
  try {
    const where = cookieIds
      ? `WHERE cookie_id IN (${cookieIds.map(() => '?').join(', ') || 'NULL'})${onlyMarked}`
      : marked
        ? `WHERE ${marked} IS NOT NULL`
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
