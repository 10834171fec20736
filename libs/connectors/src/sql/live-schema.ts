import type { FieldProblem } from '@dsar/systems';
import { splitColumnRef, type DatasetMap } from './dataset-map.schema.js';
import type { SqlDialect, SqlSession } from './dialect.js';

export interface LiveColumn {
  name: string;
  /** The dialect's type of a parameter compared to this column (`"pg_catalog"."int4"[]`). */
  castType: string;
  notNull: boolean;
  /** Part of a primary key or unique constraint. */
  keyed: boolean;
  /** The type as the catalogue names it (`int4`, `bigint unsigned`, `tinyint(1)`…). */
  typeName: string;
}

export interface LiveTable {
  /** Quoted, schema-qualified identifier for SQL. */
  sql: string;
  columns: Map<string, LiveColumn>;
}

export type LiveSchema = Map<string, LiveTable>;

/** The live catalogue of the tables a map names. */
export async function readLiveSchema(
  dialect: SqlDialect,
  session: SqlSession,
  map: DatasetMap,
): Promise<LiveSchema> {
  if (dialect.readTables) {
    return dialect.readTables(
      session,
      map.tables.map((table) => table.name),
    );
  }
  const schema: LiveSchema = new Map();
  for (const mapped of map.tables) {
    const table = await dialect.readTable(session, mapped.name);
    if (table) schema.set(mapped.name, table);
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
    if (table.optOutColumn) need(`${at}.optOutColumn`, table.optOutColumn);
    if (table.limitSensitiveColumn) need(`${at}.limitSensitiveColumn`, table.limitSensitiveColumn);
    if (table.objectionColumn) need(`${at}.objectionColumn`, table.objectionColumn);
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
