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
const utcText = (value: string) => `to_char(${value} AT TIME ZONE 'UTC', ${ISO_UTC})`;

/** The select-list expression giving `column` the JSON form reading it as a value gives. */
function asRead(name: string, type: string | null): string {
  if (type === null) return name;
  // An array's type is its element's with a leading underscore (`_int8`): each element alike.
  if (type.startsWith('_') && READ_AS_TEXT.has(type.slice(1))) return `${name}::text[] AS ${name}`;
  if (type === '_timestamptz')
    return `CASE WHEN ${name} IS NULL THEN NULL ELSE ARRAY(SELECT ${utcText('t')} FROM unnest(${name}) t) END AS ${name}`;
  if (READ_AS_TEXT.has(type)) return `${name}::text AS ${name}`;
  if (type === 'timestamptz') return `${utcText(name)} AS ${name}`;
  return name;
}

function builtIn(column: LiveColumn): string | null {
  return column.castType.startsWith('"pg_catalog".') ? column.typeName : null;
}

/**
 * Each row as its JSON text, written by PostgreSQL (`row_to_json`): the worker copies it to the
 * spool without parsing a value, where reading values costs most of the time at a million rows.
 */
export function selectJson(columns: LiveColumn[], from: string, where: string): string {
  const list = columns.map((column) => asRead(pg.escapeIdentifier(column.name), builtIn(column)));
  return `SELECT row_to_json(r)::text AS json FROM (SELECT ${list.join(', ')} FROM ${from} WHERE ${where}) r`;
}
