import pg from 'pg';
import QueryStream from 'pg-query-stream';
import { normaliseIdentity, type IdentityRecord } from '@dsar/domain';
import type { TaskContext } from '../connector.js';
import type { PostgresSettings } from './dataset-map.schema.js';
import type { LiveSchema } from './live-schema.js';
import { keyPredicate, type FoundRows } from './row-walker.js';

/** Rows stream from a cursor into the sink; `access: false` columns are never selected. */
export async function streamRows(
  client: pg.ClientBase,
  settings: PostgresSettings,
  live: LiveSchema,
  found: FoundRows,
  context: TaskContext,
): Promise<void> {
  for (const table of settings.dataset.tables) {
    const rows = [...(found.get(table.name)?.values() ?? [])];
    if (rows.length === 0) continue;
    const liveTable = live.get(table.name)!;
    const hidden = new Set(
      Object.entries(table.fields ?? {})
        .filter(([, f]) => f.access === false)
        .map(([c]) => c),
    );
    const columns = [...liveTable.columns.keys()].filter((c) => !hidden.has(c));
    const params: unknown[] = [];
    const predicate = keyPredicate(liveTable, table.primaryKey, rows, params);
    const sql = `SELECT ${columns.map((c) => pg.escapeIdentifier(c)).join(', ')} FROM ${liveTable.sql} WHERE ${predicate}`;
    const stream = client.query(new QueryStream(sql, params, { batchSize: 500 }));
    for await (const row of stream)
      await context.sink.write(table.name, row as Record<string, unknown>);
  }
}

export function providedIdentities(settings: PostgresSettings, found: FoundRows): IdentityRecord {
  const provided: Record<string, Set<string>> = {};
  for (const table of settings.dataset.tables) {
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
