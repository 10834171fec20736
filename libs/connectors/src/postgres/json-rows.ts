import pg from 'pg';
import type { LiveColumn } from '../sql/live-schema.js';

/** `pg` reads these as strings (a JavaScript number would lose digits); JSON keeps them so. */
const READ_AS_TEXT = new Set(['int8', 'numeric', 'money']);
/**
 * A zoned timestamp as `pg` gives it through a `Date`: UTC ISO with milliseconds (`…T10:00:00.123Z`).
 * A naive timestamp or a date stays the wall-clock value stored (`row_to_json`'s own form): no
 * zone is invented for it.
 */
const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const AS_UTC: Record<string, (column: string) => string> = {
  timestamptz: (column) => `to_char(${column} AT TIME ZONE 'UTC', ${ISO_UTC})`,
};

function builtIn(column: LiveColumn): string | null {
  return column.castType.startsWith('"pg_catalog".') ? column.typeName : null;
}

/**
 * Each row as its JSON text, written by PostgreSQL (`row_to_json`): the worker copies it to the
 * spool without parsing a value, where reading values costs most of the time at a million rows.
 */
export function selectJson(columns: LiveColumn[], from: string, where: string): string {
  const list = columns.map((column) => {
    const name = pg.escapeIdentifier(column.name);
    const type = builtIn(column);
    if (type && READ_AS_TEXT.has(type)) return `${name}::text AS ${name}`;
    const utc = type ? AS_UTC[type] : undefined;
    return utc ? `${utc(name)} AS ${name}` : name;
  });
  return `SELECT row_to_json(r)::text AS json FROM (SELECT ${list.join(', ')} FROM ${from} WHERE ${where}) r`;
}
