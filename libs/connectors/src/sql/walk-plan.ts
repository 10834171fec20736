import type { IdentityType } from '@dsar/domain';
import { splitColumnRef, type DatasetMap } from './dataset-map.schema.js';
import { changedInOneStatement, type TablePlan } from './erasure-plan.js';

export interface WalkEdge {
  /** Rows of `table` whose `column` equals `sourceColumn` of rows found in `sourceTable`. */
  table: string;
  column: string;
  sourceTable: string;
  sourceColumn: string;
}

export interface WalkStart {
  table: string;
  column: string;
  type: IdentityType;
}

export interface WalkPlan {
  starts: WalkStart[];
  edges: WalkEdge[];
  /** Columns each table's walk must remember: key, edge sources, provided identities. */
  remembered: Map<string, string[]>;
  /** Tables a write changes: their rows are read `FOR UPDATE`, so what was read is what is written. */
  locked: Set<string>;
}

/**
 * The walk over a map: identity columns are the starts; only declared `follow` edges lead on, and
 * never out of a shared table (reference data would link every customer to every other).
 */
export function planWalk(map: DatasetMap, writes: readonly TablePlan[] = []): WalkPlan {
  const shared = new Set(map.tables.filter((t) => t.shared).map((t) => t.name));
  const starts: WalkStart[] = [];
  const edges: WalkEdge[] = [];
  const remembered = new Map<string, Set<string>>();
  const remember = (table: string, column: string) => {
    const set = remembered.get(table) ?? new Set<string>();
    set.add(column);
    remembered.set(table, set);
  };
  for (const table of map.tables) {
    table.primaryKey.forEach((column) => remember(table.name, column));
    for (const [column, type] of Object.entries(table.identities ?? {}))
      if (!table.shared) starts.push({ table: table.name, column, type });
    for (const [column, field] of Object.entries(table.fields ?? {}))
      if (field.provides) remember(table.name, column);
    for (const edge of table.follow ?? []) {
      const ref = splitColumnRef(edge.from);
      if (!ref || shared.has(ref.table)) continue;
      edges.push({
        table: table.name,
        column: edge.column,
        sourceTable: ref.table,
        sourceColumn: ref.column,
      });
      remember(ref.table, ref.column);
    }
  }
  // A write remembers the columns it nulls or hashes: it counts and targets their rows itself.
  for (const plan of writes)
    for (const change of plan.changes)
      if (changedInOneStatement(change)) remember(plan.table, change.column);
  return {
    starts,
    edges,
    remembered: new Map([...remembered].map(([table, set]) => [table, [...set]])),
    locked: new Set(
      writes
        .filter(
          (plan) =>
            plan.deleteRows || plan.changes.length > 0 || plan.restrictColumn || plan.stampColumn,
        )
        .map((plan) => plan.table),
    ),
  };
}

/** A table an access read streams by its identity columns alone, in one statement. */
export interface DirectRead {
  table: string;
  starts: WalkStart[];
}

/**
 * Splits a read: a table no edge leads into or out of, and that provides no identity, needs
 * nothing from the walk but its identity columns. Its rows stream straight from the identity
 * predicate, so their keys are never held in memory (a million-row table stays bounded).
 */
export function splitDirectReads(
  map: DatasetMap,
  plan: WalkPlan,
): { walk: WalkPlan; direct: DirectRead[] } {
  const linked = new Set(plan.edges.flatMap((edge) => [edge.table, edge.sourceTable]));
  const providing = providingTables(map);
  const direct = map.tables
    .filter((t) => !linked.has(t.name) && !providing.has(t.name) && !plan.locked.has(t.name))
    .map((t) => ({ table: t.name, starts: plan.starts.filter((s) => s.table === t.name) }))
    .filter((read) => read.starts.length > 0);
  const streamed = new Set(direct.map((read) => read.table));
  return {
    walk: { ...plan, starts: plan.starts.filter((start) => !streamed.has(start.table)) },
    direct,
  };
}

/** The tables with a column that provides an identity to later systems. */
function providingTables(map: DatasetMap): Set<string> {
  return new Set(
    map.tables
      .filter((t) => Object.values(t.fields ?? {}).some((field) => field.provides))
      .map((t) => t.name),
  );
}

/**
 * The part of a walk a lookup needs (a system searched only for the identities it provides):
 * the tables that provide one and those an edge path leads from to one. A lookup keeps no rows,
 * so no other table is read.
 */
export function lookupWalk(map: DatasetMap, plan: WalkPlan): WalkPlan {
  const needed = providingTables(map);
  for (let grew = true; grew;) {
    grew = false;
    for (const edge of plan.edges) {
      if (needed.has(edge.table) && !needed.has(edge.sourceTable)) {
        needed.add(edge.sourceTable);
        grew = true;
      }
    }
  }
  return {
    ...plan,
    starts: plan.starts.filter((start) => needed.has(start.table)),
    edges: plan.edges.filter((edge) => needed.has(edge.table)),
  };
}
