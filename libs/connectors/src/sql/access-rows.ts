import { normaliseIdentity, type IdentityRecord } from '@dsar/domain';
import type { TaskContext } from '@dsar/systems';
import type { DatasetMap } from './dataset-map.schema.js';
import type { SqlDialect, SqlSession } from './dialect.js';
import type { LiveSchema } from './live-schema.js';
import { chunked, keyPredicate, type FoundRows } from './row-walker.js';

/** Rows stream from a cursor into the sink; `access: false` columns are never selected. */
export async function streamRows(
  dialect: SqlDialect,
  session: SqlSession,
  map: DatasetMap,
  live: LiveSchema,
  found: FoundRows,
  context: TaskContext,
): Promise<void> {
  for (const table of map.tables) {
    const rows = [...(found.get(table.name)?.values() ?? [])];
    if (rows.length === 0) continue;
    const liveTable = live.get(table.name)!;
    const hidden = new Set(
      Object.entries(table.fields ?? {})
        // Portability carries only what the subject provided (GDPR Art. 20(1)).
        .filter(
          ([, f]) =>
            f.access === false || (context.action === 'portability' && f.portable === false),
        )
        .map(([c]) => c),
    );
    const columns = [...liveTable.columns.keys()].filter((c) => !hidden.has(c));
    context.sink.describe?.(
      table.name,
      Object.fromEntries(
        Object.entries(table.fields ?? {})
          .filter(([column]) => columns.includes(column))
          .map(([column, field]) => [column, field.category]),
      ),
    );
    for (const chunk of chunked(rows, dialect.maxKeysPerStatement)) {
      const params: unknown[] = [];
      const predicate = keyPredicate(dialect, liveTable, table.primaryKey, chunk, params);
      const sql = `SELECT ${columns.map((c) => dialect.quote(c)).join(', ')} FROM ${liveTable.sql} WHERE ${predicate}`;
      for await (const row of session.stream(sql, params))
        await context.sink.write(table.name, row);
    }
  }
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
