import mysql from 'mysql2';
import type { Row, SqlDialect, SqlSession } from '../sql/dialect.js';
import type { LiveColumn, LiveTable } from '../sql/live-schema.js';
import { castableMysqlValues } from './castable-values.js';
import { rowBatches } from '../sql/row-batches.js';

/** `"shop.orders"` → database shop, table orders; unqualified names are in the URL's database. */
function splitTableName(name: string): { schema: string | null; table: string } {
  const dot = name.indexOf('.');
  return dot > 0
    ? { schema: name.slice(0, dot), table: name.slice(dot + 1) }
    : { schema: null, table: name };
}

const COLUMNS_SQL = `
  SELECT c.TABLE_SCHEMA AS table_schema, c.TABLE_NAME AS table_name, c.COLUMN_NAME AS name,
         c.IS_NULLABLE AS nullable, c.DATA_TYPE AS data_type, c.COLUMN_TYPE AS column_type,
         c.CHARACTER_SET_NAME AS charset,
         EXISTS (SELECT 1 FROM information_schema.STATISTICS s
                  WHERE s.TABLE_SCHEMA = c.TABLE_SCHEMA AND s.TABLE_NAME = c.TABLE_NAME
                    AND s.COLUMN_NAME = c.COLUMN_NAME AND s.NON_UNIQUE = 0) AS keyed
    FROM information_schema.COLUMNS c
    JOIN information_schema.TABLES t
      ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE'
   WHERE c.TABLE_SCHEMA = COALESCE(?, DATABASE()) AND c.TABLE_NAME = ?
   ORDER BY c.ORDINAL_POSITION`;

const quote = (identifier: string) => `\`${identifier.replace(/`/g, '``')}\``;

/** Options of the URL, read here: query parameters (socketPath, flags…) are never passed on. */
function connectionOptions(value: string): mysql.ConnectionOptions {
  const url = new URL(value);
  if ([...url.searchParams.keys()].length > 0)
    throw new Error('a mysql:// URL takes no parameters');
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : 3306,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || undefined,
    connectTimeout: 5000,
    timezone: 'Z',
    dateStrings: false,
    supportBigNumbers: true,
    bigNumberStrings: true,
    multipleStatements: false,
  };
}

class MysqlSession implements SqlSession {
  constructor(private readonly connection: mysql.Connection) {}

  /** Statements with values are prepared (`execute`): values never become SQL text. */
  query(sql: string, params: unknown[]): Promise<{ rows: Row[]; affected: number }> {
    return new Promise((resolve, reject) => {
      const done = (error: Error | null, result: unknown) => {
        if (error) return reject(error);
        if (Array.isArray(result)) resolve({ rows: result as Row[], affected: result.length });
        else resolve({ rows: [], affected: (result as mysql.ResultSetHeader).affectedRows });
      };
      if (params.length === 0) this.connection.query(sql, done);
      else this.connection.execute(sql, params as mysql.ExecuteValues[], done);
    });
  }

  stream(sql: string, params: unknown[]): AsyncIterable<Row[]> {
    return rowBatches(this.connection.execute(sql, params as mysql.ExecuteValues[]).stream());
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.connection.end(() => resolve()));
  }
}

/**
 * MySQL 8 and MariaDB 10.6+: `` `quoted` `` names, `?` parameters, `information_schema` for the
 * live check, text compared byte for byte (the default collations fold case and accents).
 */
export const mysqlDialect: SqlDialect = {
  kind: 'mysql',
  urlPattern: /^mysql:\/\//,
  urlMessage: 'must be a mysql:// URL',
  isSystemSchema: (schema) =>
    ['mysql', 'information_schema', 'performance_schema', 'sys'].includes(schema.toLowerCase()),
  async connect(url) {
    const connection = mysql.createConnection(connectionOptions(url));
    await new Promise<void>((resolve, reject) =>
      connection.connect((error) => (error ? reject(error) : resolve())),
    );
    return new MysqlSession(connection);
  },
  quote,
  placeholder: () => '?',
  async readTable(session, name): Promise<LiveTable | null> {
    const { schema, table } = splitTableName(name);
    const { rows } = await session.query(COLUMNS_SQL, [schema, table]);
    // The catalogue may compare names without case; the map must name them exactly.
    const exact = rows.filter(
      (row) => row.table_name === table && (schema === null || row.table_schema === schema),
    );
    if (exact.length === 0) return null;
    const columns = new Map<string, LiveColumn>();
    for (const row of exact) {
      const charset = row.charset === null ? null : String(row.charset);
      columns.set(String(row.name), {
        name: String(row.name),
        // The exact collation text columns are compared under (`utf8mb4_bin`).
        castType: charset && /^\w+$/.test(charset) ? `${charset}_bin` : '',
        notNull: row.nullable === 'NO',
        keyed: Number(row.keyed) === 1,
        typeName: `${String(row.data_type)}|${String(row.column_type)}`,
      });
    }
    const qualified = schema === null ? quote(table) : `${quote(schema)}.${quote(table)}`;
    return { sql: qualified, columns };
  },
  castable(column, values) {
    const [dataType, columnType] = column.typeName.split('|');
    return castableMysqlValues(dataType ?? '', columnType ?? '', values);
  },
  inList(column, values, params) {
    const markers = values.map(() => '?').join(', ');
    params.push(...values);
    if (!column.castType) return `${quote(column.name)} IN (${markers})`;
    // The first test can use an index; the second keeps "Ada" from matching "ada" or "adá".
    params.push(...values);
    return `(${quote(column.name)} IN (${markers}) AND ${quote(column.name)} COLLATE ${column.castType} IN (${markers}))`;
  },
  keysIn(columns, rows, params) {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    for (const row of rows) params.push(...columns.map((column) => row[column.name]));
    return `(${columns.map((c) => quote(c.name)).join(', ')}) IN (${rows.map(() => tuple).join(', ')})`;
  },
  // A prepared statement takes at most 65,535 parameters; keys of two columns, twice, fit.
  maxKeysPerStatement: 10_000,
  asText: (column) => `CAST(${column} AS CHAR)`,
  distinct: (left, right) => `NOT (${left} <=> ${right})`,
  countOf: (column) => `COUNT(${column})`,
  isFlag: (column) => /^(tinyint\(1\)|bit\(1\)|boolean)/.test(column.typeName.split('|')[1] ?? ''),
  begin: 'START TRANSACTION',
  commit: 'COMMIT',
  rollback: 'ROLLBACK',
};
