import { normaliseIdentity, type IdentityRecord } from '@dsar/domain';
import type { AccessSink, TaskContext } from '@dsar/systems';
import type { DatasetMap, DatasetTable } from './dataset-map.schema.js';
import type { SqlDialect, SqlSession } from './dialect.js';
import type { LiveSchema, LiveTable } from './live-schema.js';
import { chunked, keyPredicate, startValues, type FoundRows } from './row-walker.js';
import { splitDirectReads, type DirectRead, type WalkPlan } from './walk-plan.js';

/** The columns an access read may show: `access: false` (and, for portability, `portable: false`) never selected. */
function shownColumns(table: DatasetTable, live: LiveTable, context: TaskContext): string[] {
  const hidden = new Set(
    Object.entries(table.fields ?? {})
      // Portability carries only what the subject provided (GDPR Art. 20(1)).
      .filter(
        ([, f]) => f.access === false || (context.action === 'portability' && f.portable === false),
      )
      .map(([c]) => c),
  );
  return [...live.columns.keys()].filter((c) => !hidden.has(c));
}

function describe(table: DatasetTable, columns: string[], context: TaskContext): void {
  context.sink.describe?.(
    table.name,
    Object.fromEntries(
      Object.entries(table.fields ?? {})
        .filter(([column]) => columns.includes(column))
        .map(([column, field]) => [column, field.category]),
    ),
  );
}

/**
 * What an access read walks and what it streams by identity (`splitDirectReads`); everything is
 * walked where a table's identity values would not fit one statement (one statement never yields
 * a row twice).
 */
export function planRead(
  dialect: SqlDialect,
  map: DatasetMap,
  live: LiveSchema,
  walk: WalkPlan,
  identities: IdentityRecord,
): { walk: WalkPlan; direct: DirectRead[] } {
  const split = splitDirectReads(map, walk);
  const fits = split.direct.every(
    (read) =>
      read.starts.reduce(
        (n, start) => n + startValues(dialect, live, start, identities).length,
        0,
      ) <= dialect.maxKeysPerStatement,
  );
  return fits ? split : { walk, direct: [] };
}

/**
 * One statement's rows into the sink; returns how many. Where the dialect can have the server
 * write each row's JSON text and the sink takes it, no row is parsed or serialised here.
 */
async function sendRows(
  dialect: SqlDialect,
  session: SqlSession,
  table: { name: string; live: LiveTable; columns: string[] },
  where: string,
  params: unknown[],
  sink: AccessSink,
  beforeFirstRow?: () => void,
): Promise<number> {
  const json =
    dialect.selectJson && sink.writeJson
      ? { select: dialect.selectJson.bind(dialect), write: sink.writeJson.bind(sink) }
      : null;
  const sql = json
    ? json.select(
        table.columns.map((c) => table.live.columns.get(c)!),
        table.live.sql,
        where,
      )
    : `SELECT ${table.columns.map((c) => dialect.quote(c)).join(', ')} FROM ${table.live.sql} WHERE ${where}`;
  let sent = 0;
  for await (const batch of session.stream(sql, params)) {
    if (sent === 0) beforeFirstRow?.();
    sent += batch.length;
    for (const row of batch) {
      const full = json
        ? json.write(table.name, table.columns, row.json as string)
        : sink.write(table.name, row);
      if (full) await full;
    }
  }
  return sent;
}

/**
 * Rows stream from a cursor into the sink, in the map's table order: walked tables by their found
 * keys, direct reads by their identity predicate. Returns how many rows the direct reads sent.
 */
export async function streamRows(
  dialect: SqlDialect,
  session: SqlSession,
  map: DatasetMap,
  live: LiveSchema,
  reads: { found: FoundRows; direct: DirectRead[] },
  context: TaskContext,
): Promise<number> {
  let streamed = 0;
  for (const table of map.tables) {
    const liveTable = live.get(table.name)!;
    const shown = {
      name: table.name,
      live: liveTable,
      columns: shownColumns(table, liveTable, context),
    };
    const direct = reads.direct.find((read) => read.table === table.name);
    if (direct) {
      const params: unknown[] = [];
      const predicates = direct.starts.flatMap((start) => {
        const values = startValues(dialect, live, start, context.identities);
        return values.length === 0
          ? []
          : [dialect.inList(liveTable.columns.get(start.column)!, values, params)];
      });
      if (predicates.length === 0) continue;
      // Described only when it has rows, as a walked table is (the sink takes it before rows).
      streamed += await sendRows(
        dialect,
        session,
        shown,
        predicates.join(' OR '),
        params,
        context.sink,
        () => describe(table, shown.columns, context),
      );
      continue;
    }
    const rows = [...(reads.found.get(table.name)?.values() ?? [])];
    if (rows.length === 0) continue;
    describe(table, shown.columns, context);
    for (const chunk of chunked(rows, dialect.maxKeysPerStatement)) {
      const params: unknown[] = [];
      const predicate = keyPredicate(dialect, liveTable, table.primaryKey, chunk, params);
      await sendRows(dialect, session, shown, predicate, params, context.sink);
    }
  }
  return streamed;
}

export function providedIdentities(map: DatasetMap, found: FoundRows): IdentityRecord {
  const provided: Record<string, Set<string>> = {};
  for (const table of map.tables) {
    for (const [column, field] of Object.entries(table.fields ?? {})) {
      if (!field.provides) continue;
      for (const row of found.get(table.name)?.values() ?? []) {
        const normalised =
          row[column] == null ? null : normaliseIdentity(field.provides, String(row[column]));
        if (normalised?.ok) (provided[field.provides] ??= new Set()).add(normalised.value);
      }
    }
  }
  return Object.fromEntries(Object.entries(provided).map(([type, set]) => [type, [...set]]));
}
