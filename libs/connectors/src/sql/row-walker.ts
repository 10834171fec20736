import type { IdentityRecord } from '@dsar/domain';
import type { DatasetMap } from './dataset-map.schema.js';
import type { Row, SqlDialect, SqlSession } from './dialect.js';
import type { LiveSchema, LiveTable } from './live-schema.js';
import type { WalkPlan, WalkStart } from './walk-plan.js';

/** The subject's rows per table: primary key → the remembered columns (not whole rows). */
export type FoundRows = Map<string, Map<string, Row>>;

function keyOf(row: Row, primaryKey: string[]): string {
  return JSON.stringify(primaryKey.map((column) => String(row[column])));
}

/** Splits a list so no statement carries more keys than the dialect allows. */
export function chunked<T>(items: T[], size: number): T[][] {
  if (items.length <= size) return [items];
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** Rows by key, as parameters: `pk IN (…)` or `(a, b) IN (…)` in the dialect's words. */
export function keyPredicate(
  dialect: SqlDialect,
  live: LiveTable,
  primaryKey: string[],
  rows: Row[],
  params: unknown[],
): string {
  const columns = primaryKey.map((column) => live.columns.get(column)!);
  if (columns.length === 1)
    return dialect.inList(
      columns[0],
      rows.map((row) => row[columns[0].name]),
      params,
    );
  return dialect.keysIn(columns, rows, params);
}

/** The identity values a start's column can hold (the walk's starts and the direct reads share it). */
export function startValues(
  dialect: SqlDialect,
  live: LiveSchema,
  start: WalkStart,
  identities: IdentityRecord,
): string[] {
  return dialect.castable(
    live.get(start.table)!.columns.get(start.column)!,
    identities[start.type] ?? [],
  );
}

/**
 * Walks from the identities along declared edges until a pass finds no new row (cycles end
 * there). Each edge remembers the values it has already searched, so a row is read once.
 */
export async function walkRows(
  dialect: SqlDialect,
  session: SqlSession,
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
    const rowsOf = found.get(table)!;
    let added = 0;
    for (const chunk of chunked(values, dialect.maxKeysPerStatement)) {
      const params: unknown[] = [];
      const sql =
        `SELECT ${wanted.map((c) => dialect.quote(c)).join(', ')} FROM ${liveTable.sql} ` +
        `WHERE ${dialect.inList(liveTable.columns.get(column)!, chunk, params)}` +
        (plan.locked.has(table) ? ' FOR UPDATE' : '');
      const { rows } = await session.query(sql, params);
      for (const row of rows) {
        const key = keyOf(row, keys.get(table)!);
        if (rowsOf.has(key)) continue;
        rowsOf.set(key, row);
        added++;
      }
    }
    return added;
  };
  for (const start of plan.starts) {
    const values = startValues(dialect, live, start, identities);
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
      // A text value no key of the target's type can hold matches nothing (MySQL would read
      // "abc" as 0 and find row 0).
      const target = live.get(edge.table)!.columns.get(edge.column)!;
      const usable = fresh.filter(
        (value) => typeof value !== 'string' || dialect.castable(target, [value]).length > 0,
      );
      if (usable.length > 0) added += await select(edge.table, edge.column, usable);
    }
  }
  return found;
}

export function countFound(found: FoundRows): number {
  let total = 0;
  for (const rows of found.values()) total += rows.size;
  return total;
}
