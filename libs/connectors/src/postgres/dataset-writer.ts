import pg from 'pg';
import { emptyCounts, type ConnectorCounts, type RetainedItem } from '@dsar/domain';
import type { PreviewTable } from '../connector.js';
import type { DatasetMap } from './dataset-map.schema.js';
import { HASH_PREFIX, hashValue, holdUntil, type TablePlan } from './erasure-plan.js';
import type { LiveSchema } from './live-schema.js';
import { keyPredicate, type FoundRows } from './row-walker.js';

export interface WriteOutcome {
  counts: ConnectorCounts;
  retained: RetainedItem[];
  tables: PreviewTable[];
}

const COUNT_OF = { null: 'erased', mask: 'masked', hash: 'hashed', rectify: 'rectified' } as const;

/**
 * Applies erasure or rectification plans to the subject's rows, inside the caller's transaction.
 * Every statement only touches rows that still differ from the target, so a re-run counts 0.
 */
export async function applyPlans(
  client: pg.ClientBase,
  map: DatasetMap,
  live: LiveSchema,
  found: FoundRows,
  plans: TablePlan[],
  hashKey: string,
): Promise<WriteOutcome> {
  const counts = emptyCounts();
  const retained: RetainedItem[] = [];
  const tables: PreviewTable[] = [];
  // Children are written before the rows they follow, so a row deletion meets no foreign key.
  const order = [...plans].sort(
    (a, b) =>
      map.tables.findIndex((t) => t.name === b.table) -
      map.tables.findIndex((t) => t.name === a.table),
  );
  for (const plan of order) {
    const rows = [...(found.get(plan.table)?.values() ?? [])];
    if (rows.length === 0) continue;
    const table = map.tables.find((t) => t.name === plan.table)!;
    const liveTable = live.get(plan.table)!;
    const preview: PreviewTable = {
      table: plan.table,
      rows: rows.length,
      fields: {},
      fieldActions: {},
      rowAction: null,
    };
    tables.push(preview);
    const where = (params: unknown[]) => keyPredicate(liveTable, table.primaryKey, rows, params);
    if (plan.deleteRows) {
      const params: unknown[] = [];
      const result = await client.query(
        `DELETE FROM ${liveTable.sql} WHERE ${where(params)}`,
        params,
      );
      counts.deleted += result.rowCount ?? 0;
      preview.rowAction = 'delete';
      continue;
    }
    for (const change of plan.changes) {
      const column = pg.escapeIdentifier(change.column);
      let changed = 0;
      if (change.kind === 'hash') {
        const params: unknown[] = [HASH_PREFIX + '%'];
        const key = table.primaryKey.map((c) => pg.escapeIdentifier(c)).join(', ');
        const { rows: pending } = await client.query(
          `SELECT ${key}, ${column} AS value FROM ${liveTable.sql} WHERE ${where(params)} ` +
            `AND ${column} IS NOT NULL AND ${column}::text NOT LIKE $1`,
          params,
        );
        for (const row of pending) {
          const rowParams: unknown[] = [hashValue(hashKey, String(row.value))];
          const predicate = keyPredicate(liveTable, table.primaryKey, [row], rowParams);
          await client.query(
            `UPDATE ${liveTable.sql} SET ${column} = $1 WHERE ${predicate}`,
            rowParams,
          );
        }
        changed = pending.length;
      } else {
        const params: unknown[] = change.kind === 'null' ? [] : [change.value];
        const target = change.kind === 'null' ? 'NULL' : '$1';
        const result = await client.query(
          `UPDATE ${liveTable.sql} SET ${column} = ${target} WHERE ${where(params)} ` +
            `AND ${column} IS DISTINCT FROM ${target}`,
          params,
        );
        changed = result.rowCount ?? 0;
      }
      counts[COUNT_OF[change.kind]] += changed;
      preview.fields[change.column] = changed;
      preview.fieldActions![change.column] = change.kind;
    }
    // One item per table, basis and date: the subject reads "these columns, kept for this
    // reason until then", not the same reason once per column.
    const holds = new Map<
      string,
      { basis: string; until: string | null; columns: string[]; categories: Set<string> }
    >();
    for (const hold of plan.retained) {
      const params: unknown[] = [];
      const { rows: kept } = await client.query(
        `SELECT count(${pg.escapeIdentifier(hold.column)})::int AS kept, ` +
          `max(${pg.escapeIdentifier(hold.from)}) AS latest FROM ${liveTable.sql} WHERE ${where(params)}`,
        params,
      );
      counts.retained += kept[0].kept;
      const latest = kept[0].latest === null ? null : new Date(kept[0].latest);
      const until = holdUntil(latest, hold.years);
      const key = JSON.stringify([hold.basis, until]);
      const group = holds.get(key) ?? {
        basis: hold.basis,
        until,
        columns: [],
        categories: new Set<string>(),
      };
      group.columns.push(hold.column);
      group.categories.add(hold.category);
      holds.set(key, group);
    }
    for (const { columns, categories, basis, until } of holds.values()) {
      const what =
        columns.length === 1
          ? `${plan.table}.${columns[0]}`
          : `${plan.table}: ${columns.join(', ')}`;
      retained.push({ what: `${what} (${[...categories].join(', ')})`, basis, until });
    }
    if (plan.restrictColumn) {
      const column = pg.escapeIdentifier(plan.restrictColumn);
      const isFlag = liveTable.columns.get(plan.restrictColumn)!.typeName === 'bool';
      const params: unknown[] = [];
      const result = await client.query(
        `UPDATE ${liveTable.sql} SET ${column} = ${isFlag ? 'true' : 'now()'} ` +
          `WHERE ${where(params)} AND ${column} ${isFlag ? 'IS NOT TRUE' : 'IS NULL'}`,
        params,
      );
      preview.rowAction = 'restrict';
      preview.fields[plan.restrictColumn] = result.rowCount ?? 0;
      preview.fieldActions![plan.restrictColumn] = 'restrict';
    }
  }
  return { counts, retained, tables };
}
