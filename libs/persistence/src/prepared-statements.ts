import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';
import type { EntityManager } from 'typeorm';

const names = new Map<string, string>();

/**
 * A hot path's fixed statement as a named prepared statement: PostgreSQL parses it once per
 * connection and, once a generic plan costs no more than a custom one, stops planning it (about
 * 40 % of the server's time per store task went to parsing and planning unnamed statements).
 * The name is the text's hash, so one text has one name on every connection. Only for texts
 * fixed in the code: each distinct text stays prepared on every connection that ran it.
 */
export function prepared(text: string, values: unknown[]): QueryConfig {
  let name = names.get(text);
  if (!name) {
    name = `dsar_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return { name, text, values };
}

interface PgQueryable {
  query(config: QueryConfig): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/**
 * `prepared` in the manager's transaction (its own connection); the rows it returns. Outside a
 * transaction the manager has no connection of its own, so it runs as a plain query.
 */
export async function queryPrepared<T>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    const result = (await manager.query(text, values)) as unknown;
    // TypeORM answers a data-modifying statement with [rows, affected].
    return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
  }
  const client = (await runner.connect()) as PgQueryable;
  return (await client.query(prepared(text, values))).rows as T[];
}
