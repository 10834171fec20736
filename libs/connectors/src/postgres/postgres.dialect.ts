import pg from 'pg';
import QueryStream from 'pg-query-stream';
import type { Row, SqlDialect, SqlSession } from '../sql/dialect.js';
import type { LiveColumn, LiveTable } from '../sql/live-schema.js';
import { castableValues } from './castable-values.js';
import { selectJson } from './json-rows.js';
import { rowBatches } from '../sql/row-batches.js';

/** `"billing.orders"` → schema billing, table orders; unqualified names are in `public`. */
function splitTableName(name: string): { schema: string; table: string } {
  const dot = name.indexOf('.');
  return dot > 0
    ? { schema: name.slice(0, dot), table: name.slice(dot + 1) }
    : { schema: 'public', table: name };
}

/**
 * The columns of every mapped table in one statement: its plan alone cost PostgreSQL about
 * 1.3 ms a call (more than running it), so one read per map instead of one per table.
 */
const COLUMNS_SQL = `
  SELECT w.ord, a.attname AS name, a.attnotnull AS not_null, tn.nspname AS type_schema, t.typname AS type_name,
         EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype IN ('p','u')
                 AND a.attnum = ANY(k.conkey)) AS keyed
    FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS w(schema_name, table_name, ord)
    JOIN pg_namespace n ON n.nspname = w.schema_name
    JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = w.table_name AND c.relkind IN ('r','p')
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_type t ON t.oid = a.atttypid
    JOIN pg_namespace tn ON tn.oid = t.typnamespace
   ORDER BY w.ord, a.attnum`;

const BEGIN = 'BEGIN';
const COMMIT = 'COMMIT';
const ROLLBACK = 'ROLLBACK';

/** The catalogue of the named tables, by name; a table that is not there is left out. */
async function readTables(
  session: SqlSession,
  names: readonly string[],
): Promise<Map<string, LiveTable>> {
  const split = names.map(splitTableName);
  const { rows } = await session.query(COLUMNS_SQL, [
    split.map((name) => name.schema),
    split.map((name) => name.table),
  ]);
  const tables = new Map<string, LiveTable>();
  for (const row of rows) {
    const index = Number(row.ord) - 1;
    const name = names[index]!;
    let table = tables.get(name);
    if (!table) {
      const { schema, table: relation } = split[index]!;
      table = {
        sql: `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(relation)}`,
        columns: new Map<string, LiveColumn>(),
      };
      tables.set(name, table);
    }
    table.columns.set(String(row.name), {
      name: String(row.name),
      castType: `${pg.escapeIdentifier(String(row.type_schema))}.${pg.escapeIdentifier(String(row.type_name))}[]`,
      notNull: row.not_null === true,
      keyed: row.keyed === true,
      typeName: String(row.type_name),
    });
  }
  return tables;
}

/**
 * A pooled connection. It goes back to its pool only clean: a session that saw an error, or that
 * ends inside a transaction it began, is closed instead, so the next task never inherits an open
 * or aborted transaction.
 */
class PostgresSession implements SqlSession {
  private clean = true;
  private inTransaction = false;

  constructor(private readonly client: pg.PoolClient) {}

  async query(sql: string, params: unknown[]) {
    try {
      const result = await this.client.query(sql, params);
      if (sql === BEGIN) this.inTransaction = true;
      if (sql === COMMIT || sql === ROLLBACK) this.inTransaction = false;
      return { rows: result.rows as Row[], affected: result.rowCount ?? 0 };
    } catch (error) {
      this.clean = false;
      throw error;
    }
  }

  stream(sql: string, params: unknown[]): AsyncIterable<Row[]> {
    // 2,000 rows a FETCH (about 0.6 MB of row text): a million-row read spooled 0.3–0.4 s faster
    // than at 500 (docs/performance.md, eleventh round); memory stays bounded by one batch.
    const stream = this.client.query(new QueryStream(sql, params, { batchSize: 2000 }));
    stream.once('error', () => (this.clean = false));
    return rowBatches(stream);
  }

  async close(): Promise<void> {
    this.client.release(!this.clean || this.inTransaction);
  }
}

/**
 * One small pool per pinned URL: a fan-out runs many tasks against the same company database,
 * and a fresh connection each time cost its handshake and a cold backend's catalogue caches
 * (docs/performance.md, erasure). Idle connections close after a few seconds.
 */
const pools = new Map<string, pg.Pool>();

function poolFor(url: string): pg.Pool {
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({
      connectionString: url,
      connectionTimeoutMillis: 5000,
      max: 4,
      idleTimeoutMillis: 5000,
      allowExitOnIdle: true,
    });
    // An idle connection the server ends (a restart, a dropped database) leaves the pool quietly.
    pool.on('error', () => undefined);
    pools.set(url, pool);
  }
  return pool;
}

/** Closes every pooled connection (the process is stopping). */
export async function endPostgresPools(): Promise<void> {
  const ending = [...pools.values()];
  pools.clear();
  await Promise.all(ending.map((pool) => pool.end()));
}

/** PostgreSQL: `"quoted"` names, `$n` parameters, arrays for key lists, the `pg_catalog`. */
export const postgresDialect: SqlDialect = {
  kind: 'postgres',
  urlPattern: /^postgres(ql)?:\/\//,
  urlMessage: 'must be a postgres:// URL',
  /** `pg_catalog`, `pg_toast`, `pg_temp_…` (all `pg_…`) and `information_schema`. */
  isSystemSchema(schema) {
    const lower = schema.toLowerCase();
    return lower.startsWith('pg_') || lower === 'information_schema';
  },
  async connect(url) {
    return new PostgresSession(await poolFor(url).connect());
  },
  quote: (identifier) => pg.escapeIdentifier(identifier),
  placeholder: (n) => `$${n}`,
  async readTable(session, name): Promise<LiveTable | null> {
    return (await readTables(session, [name])).get(name) ?? null;
  },
  readTables,
  castable: (column, values) => castableValues(column.typeName, values),
  selectJson,
  inList(column, values, params) {
    params.push(values);
    return `${pg.escapeIdentifier(column.name)} = ANY($${params.length}::${column.castType})`;
  },
  keysIn(columns, rows, params) {
    const refs = columns.map((column) => {
      params.push(rows.map((row) => row[column.name]));
      return `$${params.length}::${column.castType}`;
    });
    const names = columns.map((column) => pg.escapeIdentifier(column.name));
    return `(${names.join(', ')}) IN (SELECT * FROM unnest(${refs.join(', ')}))`;
  },
  // Keys travel as one array parameter each: one statement carries them all.
  maxKeysPerStatement: Number.POSITIVE_INFINITY,
  asText: (column) => `${column}::text`,
  distinct: (left, right) => `${left} IS DISTINCT FROM ${right}`,
  countOf: (column) => `count(${column})::int`,
  isFlag: (column) => column.typeName === 'bool',
  begin: BEGIN,
  commit: COMMIT,
  rollback: ROLLBACK,
};
