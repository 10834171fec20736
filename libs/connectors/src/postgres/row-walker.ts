import pg from 'pg';
import type { IdentityRecord } from '@dsar/domain';
import { castableValues } from './castable-values.js';
import type { DatasetMap } from './dataset-map.schema.js';
import type { LiveSchema, LiveTable } from './live-schema.js';
import type { WalkPlan } from './walk-plan.js';

type Row = Record<string, unknown>;

/** The subject's rows per table: primary key → the remembered columns (not whole rows). */
export type FoundRows = Map<string, Map<string, Row>>;

function keyOf(row: Row, primaryKey: string[]): string {
  return JSON.stringify(primaryKey.map((column) => String(row[column])));
}

/** `pk = ANY($n)` or `(a, b) IN (SELECT * FROM unnest($n, $n+1))`: rows by key, as parameters. */
export function keyPredicate(
  live: LiveTable,
  primaryKey: string[],
  rows: Row[],
  params: unknown[],
): string {
  const refs = primaryKey.map((column) => {
    params.push(rows.map((row) => row[column]));
    return `$${params.length}::${live.columns.get(column)!.arrayType}`;
  });
  const columns = primaryKey.map((column) => pg.escapeIdentifier(column));
  if (columns.length === 1) return `${columns[0]} = ANY(${refs[0]})`;
  return `(${columns.join(', ')}) IN (SELECT * FROM unnest(${refs.join(', ')}))`;
}

/**
 * Walks from the identities along declared edges until a pass finds no new row (cycles end
 * there). Each edge remembers the values it has already searched, so a row is read once.
 */
export async function walkRows(
  client: pg.ClientBase,
  map: DatasetMap,
  live: LiveSchema,
  plan: WalkPlan,
  identities: IdentityRecord,
): Promise<FoundRows> {
  const found: FoundRows = new Map(map.tables.map((table) => [table.name, new Map()]));
  const keys = new Map(map.tables.map((table) => [table.name, table.primaryKey]));
  const select = async (table: string, column: string, values: unknown[]): Promise<number> => {
    const liveTable = live.get(table)!;
    const wanted = plan.remembered.get(table) ?? [];
    const sql =
      `SELECT ${wanted.map((c) => pg.escapeIdentifier(c)).join(', ')} FROM ${liveTable.sql} ` +
      `WHERE ${pg.escapeIdentifier(column)} = ANY($1::${liveTable.columns.get(column)!.arrayType})`;
    const { rows } = await client.query(sql, [values]);
    const rowsOf = found.get(table)!;
    let added = 0;
    for (const row of rows as Row[]) {
      const key = keyOf(row, keys.get(table)!);
      if (rowsOf.has(key)) continue;
      rowsOf.set(key, row);
      added++;
    }
    return added;
  };
  for (const start of plan.starts) {
    const typeName = live.get(start.table)!.columns.get(start.column)!.typeName;
    const values = castableValues(typeName, identities[start.type] ?? []);
    if (values.length > 0) await select(start.table, start.column, values);
  }
  const searched = plan.edges.map(() => new Set<string>());
  for (let added = 1; added > 0;) {
    added = 0;
    for (const [e, edge] of plan.edges.entries()) {
      const fresh: unknown[] = [];
      for (const row of found.get(edge.sourceTable)!.values()) {
        const value = row[edge.sourceColumn];
        const seen = value === null || value === undefined ? null : JSON.stringify(value);
        if (seen === null || searched[e].has(seen)) continue;
        searched[e].add(seen);
        fresh.push(value);
      }
      if (fresh.length > 0) added += await select(edge.table, edge.column, fresh);
    }
  }
  return found;
}

export function countFound(found: FoundRows): number {
  let total = 0;
  for (const rows of found.values()) total += rows.size;
  return total;
}
