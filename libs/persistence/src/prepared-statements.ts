import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';
import type { EntityManager } from 'typeorm';

const names = new Map<string, string>();
/**
 * Off until the composition root says the server is a PostgreSQL of its own (DatabaseModule,
 * from `config.embedded`): in the embedded mode every client shares PGlite's single session,
 * where a second client's Parse of a name the first prepared fails (42P05).
 */
let naming = false;

/** Whether `prepared` names its statements in this process (see `naming`). */
export function namePreparedStatements(enabled: boolean): void {
  naming = enabled;
}

/**
 * A hot path's fixed statement as a named prepared statement: PostgreSQL parses it once per
 * connection and, once a generic plan costs no more than a custom one, stops planning it (in
 * the fan-out bench, parsing and planning unnamed statements took about 40 % of the product
 * database's time).
 * The name is the text's hash, so one text has one name on every connection. Only for texts
 * fixed in the code: each distinct text stays prepared on every connection that ran it. While
 * naming is off (`namePreparedStatements`) the statement goes out unnamed, as any other.
 */
export function prepared(text: string, values: unknown[]): QueryConfig {
  if (!naming) return { text, values };
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

/** `prepared` on the connection of the manager's transaction; the rows it returns. */
export async function queryPrepared<T>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('queryPrepared must run inside a transaction');
  const client = (await runner.connect()) as PgQueryable;
  return (await client.query(prepared(text, values))).rows as T[];
}
