import pg from 'pg';
import type { FieldProblem } from '../connector.js';
import { splitColumnRef, type DatasetMap } from './dataset-map.schema.js';

export interface LiveColumn {
  name: string;
  /** Quoted array type for parameters (`"pg_catalog"."int4"[]`), taken from the catalogue. */
  arrayType: string;
  notNull: boolean;
  /** Part of a primary key or unique constraint. */
  keyed: boolean;
  typeName: string;
}

export interface LiveTable {
  /** Quoted, schema-qualified identifier for SQL. */
  sql: string;
  columns: Map<string, LiveColumn>;
}

export type LiveSchema = Map<string, LiveTable>;

/** `"billing.orders"` → schema billing, table orders; unqualified names are in `public`. */
function splitTableName(name: string): { schema: string; table: string } {
  const dot = name.indexOf('.');
  return dot > 0
    ? { schema: name.slice(0, dot), table: name.slice(dot + 1) }
    : { schema: 'public', table: name };
}

const COLUMNS_SQL = `
  SELECT a.attname AS name, a.attnotnull AS not_null, tn.nspname AS type_schema, t.typname AS type_name,
         EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype IN ('p','u')
                 AND a.attnum = ANY(k.conkey)) AS keyed
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    JOIN pg_type t ON t.oid = a.atttypid
    JOIN pg_namespace tn ON tn.oid = t.typnamespace
   WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r','p')
   ORDER BY a.attnum`;

/** The live catalogue of the tables a map names (names are values here, never SQL text). */
export async function readLiveSchema(client: pg.ClientBase, map: DatasetMap): Promise<LiveSchema> {
  const schema: LiveSchema = new Map();
  for (const mapped of map.tables) {
    const { schema: nsp, table } = splitTableName(mapped.name);
    const { rows } = await client.query(COLUMNS_SQL, [nsp, table]);
    if (rows.length === 0) continue;
    const columns = new Map<string, LiveColumn>();
    for (const row of rows)
      columns.set(row.name, {
        name: row.name,
        arrayType: `${pg.escapeIdentifier(row.type_schema)}.${pg.escapeIdentifier(row.type_name)}[]`,
        notNull: row.not_null,
        keyed: row.keyed,
        typeName: row.type_name,
      });
    schema.set(mapped.name, {
      sql: `${pg.escapeIdentifier(nsp)}.${pg.escapeIdentifier(table)}`,
      columns,
    });
  }
  return schema;
}

/** The map against the live schema: unknown names, erasures a constraint would reject. */
export function checkMapAgainstSchema(map: DatasetMap, live: LiveSchema): FieldProblem[] {
  const problems: FieldProblem[] = [];
  map.tables.forEach((table, t) => {
    const at = `settings.dataset.tables.${t}`;
    const found = live.get(table.name);
    if (!found) {
      problems.push({ field: `${at}.name`, message: `no table ${table.name} in the database` });
      return;
    }
    const need = (field: string, column: string) => {
      const col = found.columns.get(column);
      if (!col) problems.push({ field, message: `no column ${column} in table ${table.name}` });
      return col;
    };
    table.primaryKey.forEach((column, i) => need(`${at}.primaryKey.${i}`, column));
    for (const column of Object.keys(table.identities ?? {}))
      need(`${at}.identities.${column}`, column);
    (table.follow ?? []).forEach((edge, e) => {
      need(`${at}.follow.${e}.column`, edge.column);
      const ref = splitColumnRef(edge.from);
      const source = ref && live.get(ref.table);
      if (ref && source && !source.columns.has(ref.column))
        problems.push({
          field: `${at}.follow.${e}.from`,
          message: `no column ${ref.column} in table ${ref.table}`,
        });
    });
    if (table.restrictColumn) need(`${at}.restrictColumn`, table.restrictColumn);
    for (const [column, field] of Object.entries(table.fields ?? {})) {
      const f = `${at}.fields.${column}`;
      const col = need(f, column);
      if (field.hold) need(`${f}.hold.from`, field.hold.from);
      if (!col || !field.erasure || field.erasure === 'retain' || table.rowErasure) continue;
      if (table.primaryKey.includes(column))
        problems.push({
          field: `${f}.erasure`,
          message: `${column} is the primary key: it cannot be erased in place`,
        });
      else if (col.keyed && field.erasure === 'mask')
        problems.push({
          field: `${f}.erasure`,
          message: `${column} is unique: one mask value for every row would break it`,
        });
      else if (field.erasure === 'null' && col.notNull)
        problems.push({
          field: `${f}.erasure`,
          message: `${column} is NOT NULL: it cannot be set to null`,
        });
    }
  });
  return problems;
}
