import { createHmac } from 'node:crypto';
import type { DatasetMap, DatasetTable } from './dataset-map.schema.js';

/** What erasure or rectification does to one column of the subject's rows. */
export type ColumnChange =
  | { column: string; kind: 'null' }
  | { column: string; kind: 'mask'; value: string }
  | { column: string; kind: 'hash' }
  | { column: string; kind: 'rectify'; value: string };

export interface RetainedColumn {
  column: string;
  category: string;
  basis: string;
  years: number;
  from: string;
}

export interface TablePlan {
  table: string;
  deleteRows: boolean;
  changes: ColumnChange[];
  retained: RetainedColumn[];
  restrictColumn: string | null;
  /** Clear the restrict column instead of setting it (a restriction lifted, Art. 18(3)). */
  lift?: true;
  /** A column stamped on the subject's rows (an opt-out, the limit on sensitive data). */
  stampColumn?: string;
}

/** Hashed values start with this, so a value is never hashed twice. */
export const HASH_PREFIX = 'hmac-sha256:';

export function hashValue(key: string, value: string): string {
  return HASH_PREFIX + createHmac('sha256', key).update(value).digest('hex');
}

/**
 * Nulling and hashing are decided from the values the (locking) walk read, so a table's nulls and
 * hashes go out in one `UPDATE`; masks and corrections compare in SQL, a statement each.
 */
export function changedInOneStatement(
  change: ColumnChange,
): change is Extract<ColumnChange, { kind: 'null' | 'hash' }> {
  return change.kind === 'null' || change.kind === 'hash';
}

/** Whether `value` still differs from what `change` makes of it (null or hashed already: no). */
export function stillToChange(change: { kind: 'null' | 'hash' }, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  return change.kind === 'null' || !isHashed(String(value));
}

export function isHashed(value: unknown): boolean {
  return typeof value === 'string' && value.startsWith(HASH_PREFIX);
}

function erasureOf(table: DatasetTable): TablePlan {
  const changes: ColumnChange[] = [];
  const retained: RetainedColumn[] = [];
  for (const [column, field] of Object.entries(table.fields ?? {})) {
    if (field.erasure === 'null') changes.push({ column, kind: 'null' });
    if (field.erasure === 'mask') changes.push({ column, kind: 'mask', value: field.value ?? '' });
    if (field.erasure === 'hash') changes.push({ column, kind: 'hash' });
    if (field.erasure === 'retain' && field.hold)
      retained.push({ column, category: field.category, ...field.hold });
  }
  const deleteRows = table.rowErasure === 'delete';
  return {
    table: table.name,
    deleteRows,
    changes: deleteRows ? [] : changes,
    retained,
    restrictColumn: retained.length > 0 ? (table.restrictColumn ?? null) : null,
  };
}

/** The erasure per table (shared tables are never erased; tables with nothing to do are left out). */
export function planErasure(map: DatasetMap): TablePlan[] {
  return map.tables
    .filter((table) => !table.shared)
    .map(erasureOf)
    .filter((plan) => plan.deleteRows || plan.changes.length > 0 || plan.retained.length > 0);
}

/**
 * Rectification: each `rectify: true` field whose category is named by a correction takes its
 * value. Corrections naming no rectifiable field are returned so the result can say so.
 */
export function planRectification(
  map: DatasetMap,
  corrections: { field: string; value: string }[],
): { plans: TablePlan[]; unmatched: string[] } {
  const matched = new Set<string>();
  const plans: TablePlan[] = [];
  for (const table of map.tables) {
    if (table.shared) continue;
    const changes: ColumnChange[] = [];
    for (const [column, field] of Object.entries(table.fields ?? {})) {
      if (!field.rectify) continue;
      const correction = corrections.find((c) => c.field === field.category);
      if (!correction) continue;
      matched.add(correction.field);
      changes.push({ column, kind: 'rectify', value: correction.value });
    }
    if (changes.length > 0)
      plans.push({
        table: table.name,
        deleteRows: false,
        changes,
        retained: [],
        restrictColumn: null,
      });
  }
  const unmatched = corrections.map((c) => c.field).filter((field) => !matched.has(field));
  return { plans, unmatched: [...new Set(unmatched)] };
}

/** The columns a request stamps on the subject's rows. */
export type StampColumn = 'optOutColumn' | 'limitSensitiveColumn' | 'objectionColumn';

/**
 * An opt-out of sale/sharing or the limit on sensitive data: each table that names the column
 * for it has the column stamped on the subject's rows. Shared tables hold others' rows too and
 * are never written.
 */
export function planStamp(map: DatasetMap, column: StampColumn): TablePlan[] {
  return map.tables.flatMap((table) => {
    const stamp = table[column];
    if (!stamp || table.shared) return [];
    return [
      {
        table: table.name,
        deleteRows: false,
        changes: [],
        retained: [],
        restrictColumn: null,
        stampColumn: stamp,
      },
    ];
  });
}

/** End of a hold: the latest date among the subject's rows plus the hold's years (ISO date). */
export function holdUntil(latest: Date | null, years: number): string | null {
  if (!latest || Number.isNaN(latest.getTime())) return null;
  const until = new Date(latest.getTime());
  until.setUTCFullYear(until.getUTCFullYear() + years);
  return until.toISOString().slice(0, 10);
}

/**
 * Restriction (GDPR Art. 18): every table whose map names a `restrictColumn` marks the subject's
 * rows; `lift` clears the mark again. Tables without one are not touched.
 */
export function planRestriction(map: DatasetMap, lift = false): TablePlan[] {
  return map.tables
    .filter((table) => table.restrictColumn)
    .map((table) => ({
      table: table.name,
      deleteRows: false,
      changes: [],
      retained: [],
      restrictColumn: table.restrictColumn!,
      ...(lift ? { lift: true as const } : {}),
    }));
}
