import type { LiveColumn, LiveTable } from './live-schema.js';

export type Row = Record<string, unknown>;

/** One open connection to the company's database; values always travel as parameters. */
export interface SqlSession {
  query(sql: string, params: unknown[]): Promise<{ rows: Row[]; affected: number }>;
  /** Rows from the server (a cursor) in batches (`rowBatches`), never the whole result in memory. */
  stream(sql: string, params: unknown[]): AsyncIterable<Row[]>;
  close(): Promise<void>;
}

/**
 * What differs between SQL servers; everything else (the map, its checks, the walk, the erasure,
 * rectification, preview and access rows) is written once in this folder over these few parts.
 * A third dialect is one folder implementing this interface (docs/architecture.md).
 */
export interface SqlDialect {
  readonly kind: 'postgres' | 'mysql';
  /** What the settings' `url` must start with, and the message when it does not. */
  readonly urlPattern: RegExp;
  readonly urlMessage: string;
  /** The server's own schemas a map may not name (`pg_catalog`, `mysql`…). */
  isSystemSchema(schema: string): boolean;
  /** Connects to exactly the address the outbound policy checked (`pinnedUrl`). */
  connect(pinnedUrl: string): Promise<SqlSession>;
  /** A quoted identifier: `"a""b"` or `` `a``b` ``. */
  quote(identifier: string): string;
  /** The n-th (1-based) parameter marker: `$1` or `?`. */
  placeholder(n: number): string;
  /** The catalogue of one mapped table (names are parameters, never SQL text); null when absent. */
  readTable(session: SqlSession, name: string): Promise<LiveTable | null>;
  /** Where the server can: every named table's catalogue in one statement; absent ones left out. */
  readTables?(session: SqlSession, names: readonly string[]): Promise<Map<string, LiveTable>>;
  /** The identity values a column can hold (a text "abc" never reaches an integer key). */
  castable(column: LiveColumn, values: readonly string[]): string[];
  /** `column IN (values)`, exactly (no case or accent folding); pushes the values onto params. */
  inList(column: LiveColumn, values: unknown[], params: unknown[]): string;
  /** Rows by composite key `(a, b) IN …`; pushes the values onto params. */
  keysIn(columns: LiveColumn[], rows: Row[], params: unknown[]): string;
  /** How many keys one statement may carry (the rest go in further statements). */
  readonly maxKeysPerStatement: number;
  /**
   * A statement yielding each row's JSON text in a column `json`, written by the server, where
   * the dialect can (absent: rows are read as values). Wide numbers stay strings and zoned
   * timestamps UTC ISO strings, as reading values gives them.
   */
  selectJson?(columns: LiveColumn[], from: string, where: string): string;
  /** `column` read as text, for the hash prefix test (`LIKE`). */
  asText(column: string): string;
  /** `a IS DISTINCT FROM b` (null-safe inequality). */
  distinct(left: string, right: string): string;
  /** `count(column)` as a JavaScript number. */
  countOf(column: string): string;
  /** Whether a restrict column is a flag (boolean) rather than a timestamp. */
  isFlag(column: LiveColumn): boolean;
  readonly begin: string;
  readonly commit: string;
  readonly rollback: string;
}
