import { emptyCounts, type ConnectorCounts, type RetainedItem } from '@dsar/domain';
import type { PreviewTable } from '@dsar/systems';
import type { DatasetMap } from './dataset-map.schema.js';
import type { Row, SqlDialect, SqlSession } from './dialect.js';
import {
  changedInOneStatement,
  hashValue,
  holdUntil,
  stillToChange,
  type TablePlan,
} from './erasure-plan.js';
import type { LiveSchema, LiveTable } from './live-schema.js';
import { chunked, keyPredicate, type FoundRows } from './row-walker.js';

export interface WriteOutcome {
  counts: ConnectorCounts;
  /** Rows whose opt-out, objection or restrict mark was set (or cleared) now (a re-run: none). */
  stamped: number;
  retained: RetainedItem[];
  tables: PreviewTable[];
}

const COUNT_OF = { null: 'erased', mask: 'masked', hash: 'hashed', rectify: 'rectified' } as const;

interface TableWriter {
  dialect: SqlDialect;
  session: SqlSession;
  live: LiveTable;
  primaryKey: string[];
  hashKey: string;
}

/**
 * A table's nulls and hashes in one `UPDATE` per batch of keys, from the values the locking walk
 * read: only rows with a value still to change are written, and a hashed column takes, per
 * distinct value, that value's HMAC (a subject's rows mostly hold a few: their e-mail). Returns
 * the rows changed per column.
 */
async function nullAndHash(
  { dialect, session, live, primaryKey, hashKey }: TableWriter,
  changes: { column: string; kind: 'null' | 'hash' }[],
  rows: Row[],
): Promise<Map<string, number>> {
  const valueOf = (row: Row, column: string) => {
    if (!(column in row)) throw new Error(`the walk did not read ${live.sql}.${column}`);
    return row[column];
  };
  const changed = new Map(changes.map((change) => [change.column, 0]));
  const pending = rows.filter((row) =>
    changes.some((change) => stillToChange(change, valueOf(row, change.column))),
  );
  if (pending.length === 0) return changed; // a re-run: nothing is written
  for (const batch of chunked(pending, dialect.maxKeysPerStatement)) {
    // Parameters are pushed in the order their markers appear in the text (`?` is positional).
    const params: unknown[] = [];
    const sets: string[] = [];
    for (const change of changes) {
      const column = dialect.quote(change.column);
      const toChange = batch.filter((row) => stillToChange(change, row[change.column]));
      changed.set(change.column, changed.get(change.column)! + toChange.length);
      if (toChange.length === 0) continue;
      if (change.kind === 'null') {
        sets.push(`${column} = NULL`);
        continue;
      }
      const byValue = new Map<string, Row[]>();
      for (const row of toChange) {
        const value = String(row[change.column]);
        const same = byValue.get(value);
        if (same) same.push(row);
        else byValue.set(value, [row]);
      }
      const hashOf = (value: string) => dialect.placeholder(params.push(hashValue(hashKey, value)));
      // Rows are named by key only where they must be: when every row of the batch is hashed,
      // the commonest value is the ELSE (a key list in a CASE is searched once per row).
      const groups = [...byValue].sort((a, b) => b[1].length - a[1].length);
      const rest = toChange.length === batch.length ? groups.shift()![0] : null;
      const whens = groups.map(([value, same]) => {
        const when = keyPredicate(dialect, live, primaryKey, same, params);
        return `WHEN ${when} THEN ${hashOf(value)}`;
      });
      const otherwise = rest === null ? column : hashOf(rest);
      sets.push(
        whens.length === 0
          ? `${column} = ${otherwise}`
          : `${column} = CASE ${whens.join(' ')} ELSE ${otherwise} END`,
      );
    }
    const where = keyPredicate(dialect, live, primaryKey, batch, params);
    await session.query(`UPDATE ${live.sql} SET ${sets.join(', ')} WHERE ${where}`, params);
  }
  return changed;
}

/**
 * Applies erasure or rectification plans to the subject's rows, inside the caller's transaction.
 * Every statement only touches rows that still differ from the target, so a re-run counts 0.
 */
export async function applyPlans(
  dialect: SqlDialect,
  session: SqlSession,
  map: DatasetMap,
  live: LiveSchema,
  found: FoundRows,
  plans: TablePlan[],
  hashKey: string,
): Promise<WriteOutcome> {
  const counts = emptyCounts();
  let stamped = 0;
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
    const batches = chunked(rows, dialect.maxKeysPerStatement);
    const q = (column: string) => dialect.quote(column);
    /** The next parameter: pushed in the order it appears in the text (`?` is positional). */
    const param = (params: unknown[], value: unknown) => dialect.placeholder(params.push(value));
    /** One statement per batch of keys; `build` writes the text, `key` the key predicate. */
    const perBatch = async (build: (params: unknown[], key: () => string) => string) => {
      let affected = 0;
      const found: Row[] = [];
      for (const batch of batches) {
        const params: unknown[] = [];
        const key = () => keyPredicate(dialect, liveTable, table.primaryKey, batch, params);
        const result = await session.query(build(params, key), params);
        affected += result.affected;
        found.push(...result.rows);
      }
      return { affected, rows: found };
    };
    if (plan.deleteRows) {
      const result = await perBatch((_p, key) => `DELETE FROM ${liveTable.sql} WHERE ${key()}`);
      counts.deleted += result.affected;
      preview.rowAction = 'delete';
      continue;
    }
    const nullsAndHashes = plan.changes.filter(changedInOneStatement);
    if (nullsAndHashes.length > 0) {
      const changed = await nullAndHash(
        { dialect, session, live: liveTable, primaryKey: table.primaryKey, hashKey },
        nullsAndHashes,
        rows,
      );
      for (const change of nullsAndHashes) {
        counts[COUNT_OF[change.kind]] += changed.get(change.column)!;
        preview.fields[change.column] = changed.get(change.column)!;
        preview.fieldActions![change.column] = change.kind;
      }
    }
    for (const change of plan.changes) {
      if (changedInOneStatement(change)) continue;
      const column = q(change.column);
      const result = await perBatch((params, key) => {
        const target = () => param(params, change.value);
        const set = target();
        const where = key();
        return (
          `UPDATE ${liveTable.sql} SET ${column} = ${set} WHERE ${where} ` +
          `AND ${dialect.distinct(column, target())}`
        );
      });
      counts[COUNT_OF[change.kind]] += result.affected;
      preview.fields[change.column] = result.affected;
      preview.fieldActions![change.column] = change.kind;
    }
    // One item per table, basis and date: the subject reads "these columns, kept for this
    // reason until then", not the same reason once per column.
    const holds = new Map<
      string,
      { basis: string; until: string | null; columns: string[]; categories: Set<string> }
    >();
    for (const hold of plan.retained) {
      const { rows: kept } = await perBatch(
        (_p, key) =>
          `SELECT ${dialect.countOf(q(hold.column))} AS kept, ` +
          `max(${q(hold.from)}) AS latest FROM ${liveTable.sql} WHERE ${key()}`,
      );
      const total = kept.reduce((sum, row) => sum + Number(row.kept), 0);
      const dates = kept
        .map((row) => (row.latest === null ? null : new Date(row.latest as string)))
        .filter((date): date is Date => date !== null);
      const latest = dates.length === 0 ? null : new Date(Math.max(...dates.map(Number)));
      counts.retained += total;
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
    // Restriction and opt-outs stamp a column: a flag set true, or a timestamp set once. Lifting
    // a restriction clears its mark; either way only rows that still differ are written.
    for (const [stamp, action] of [
      [plan.restrictColumn, 'restrict'],
      [plan.stampColumn ?? null, 'stamp'],
    ] as const) {
      if (!stamp) continue;
      const column = q(stamp);
      const isFlag = dialect.isFlag(liveTable.columns.get(stamp)!);
      const [set, unless] =
        plan.lift && action === 'restrict'
          ? [isFlag ? 'false' : 'NULL', isFlag ? 'IS TRUE' : 'IS NOT NULL']
          : [isFlag ? 'true' : 'CURRENT_TIMESTAMP', isFlag ? 'IS NOT TRUE' : 'IS NULL'];
      const result = await perBatch(
        (_p, key) =>
          `UPDATE ${liveTable.sql} SET ${column} = ${set} WHERE ${key()} AND ${column} ${unless}`,
      );
      preview.rowAction = action;
      preview.fields[stamp] = result.affected;
      preview.fieldActions![stamp] = action;
      stamped += result.affected;
    }
  }
  return { counts, retained, tables, stamped };
}
