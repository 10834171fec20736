import pg from 'pg';
import QueryStream from 'pg-query-stream';
import type { Connector, ConnectorExecution, SystemRecord, TaskContext } from '@dsar/systems';
import type { InMemorySystems } from './fake-systems.js';
import { PermanentConnectorError } from '@dsar/systems';
import { emptyCounts, type IdentityType } from '@dsar/domain';

/**
 * A small real connector for the engine's tests: each system is one table of a company database.
 * Access streams the subject's rows into the sink, erasure nulls the name once (logged in
 * `erasure_log`, so a test can prove each change happened once), rectification sets the name.
 * Settings: `{table, keyColumn, identityType, provides?: {column, type}, fail?: 'permanent' | 'transient'}`.
 */
export interface SqlTestSettings {
  table: string;
  keyColumn: string;
  identityType: IdentityType;
  provides?: { column: string; type: IdentityType };
  fail?: 'permanent' | 'transient';
  /** Answer later (as a processor reached by e-mail does). */
  wait?: boolean;
  /** Column → data category, told to the sink as a dataset map's `fields` would be. */
  categories?: Record<string, string>;
}

export class SqlTestConnector implements Connector {
  readonly kind = 'postgres' as const;
  readonly secretSettings = [] as const;
  /** Called after the change is applied, before the result goes back (tests hang a crash here). */
  afterChange: ((context: TaskContext) => Promise<void>) | null = null;
  readonly pool: pg.Pool;

  constructor(databaseUrl: string) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  }

  validateSettings(): [] {
    return [];
  }

  async test() {
    await this.pool.query('SELECT 1');
    return { ok: true, message: 'reachable' };
  }

  provides(settings: Record<string, unknown>): IdentityType[] {
    const provides = (settings as unknown as SqlTestSettings).provides;
    return provides ? [provides.type] : [];
  }

  async execute(context: TaskContext): Promise<ConnectorExecution> {
    const settings = context.system.settings as unknown as SqlTestSettings;
    if (settings.fail === 'permanent')
      throw new PermanentConnectorError('the test system refuses this request');
    if (settings.fail === 'transient') throw new Error('the test system is unreachable');
    if (settings.wait)
      return { waiting: true, note: 'sent to the processor; waiting for its answer' };
    const keys = context.identities[settings.identityType] ?? [];
    const table = pg.escapeIdentifier(settings.table);
    const key = pg.escapeIdentifier(settings.keyColumn);
    const counts = emptyCounts();
    if (context.action === 'access') {
      // Rows stream out of a cursor into the sink, as the real connectors do.
      const client = await this.pool.connect();
      const providedValues = new Set<string>();
      try {
        const stream = client.query(
          new QueryStream(`SELECT * FROM ${table} WHERE ${key} = ANY($1) ORDER BY id`, [keys], {
            batchSize: 1000,
          }),
        );
        if (settings.categories) context.sink.describe?.(settings.table, settings.categories);
        for await (const row of stream as AsyncIterable<Record<string, unknown>>) {
          await context.sink.write(settings.table, row);
          counts.found += 1;
          if (settings.provides) providedValues.add(String(row[settings.provides.column]));
        }
      } finally {
        client.release();
      }
      const provided = settings.provides
        ? { [settings.provides.type]: [...providedValues] }
        : undefined;
      return {
        outcome: counts.found ? 'completed' : 'not_found',
        counts,
        ...(provided ? { providedIdentities: provided } : {}),
      };
    }
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const found = await client.query(`SELECT * FROM ${table} WHERE ${key} = ANY($1) FOR UPDATE`, [
        keys,
      ]);
      counts.found = found.rowCount ?? 0;
      let changed: { id: number }[] = [];
      if (context.action === 'erasure') {
        changed = (
          await client.query(
            `UPDATE ${table} SET name = NULL, erased_at = now() WHERE ${key} = ANY($1) AND erased_at IS NULL RETURNING id`,
            [keys],
          )
        ).rows;
        counts.erased = changed.length;
      } else {
        const value = context.corrections.find((c) => c.field === 'user.name')?.value;
        if (value !== undefined) {
          changed = (
            await client.query(
              `UPDATE ${table} SET name = $2 WHERE ${key} = ANY($1) AND name IS DISTINCT FROM $2 RETURNING id`,
              [keys, value],
            )
          ).rows;
        }
        counts.rectified = changed.length;
      }
      for (const row of changed) {
        await client.query(
          'INSERT INTO change_log (task_id, tbl, row_id, action) VALUES ($1, $2, $3, $4)',
          [context.taskId, settings.table, row.id, context.action],
        );
      }
      await client.query('COMMIT');
      const provided = settings.provides
        ? {
            [settings.provides.type]: found.rows.map((row) =>
              String(row[settings.provides!.column]),
            ),
          }
        : undefined;
      await this.afterChange?.(context);
      const note =
        counts.found > 0 && changed.length === 0
          ? 'nothing left to change: already done'
          : undefined;
      return {
        outcome: counts.found ? 'completed' : 'not_found',
        counts,
        ...(note ? { note } : {}),
        ...(provided ? { providedIdentities: provided } : {}),
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The company database the test connector works on. */
export const COMPANY_SCHEMA = `
  CREATE TABLE accounts (id serial PRIMARY KEY, email text, user_id text, name text, erased_at timestamptz);
  CREATE TABLE orders (id serial PRIMARY KEY, user_id text, item text, name text, erased_at timestamptz);
  CREATE TABLE visits (id serial PRIMARY KEY, cookie_id text, page text, name text, erased_at timestamptz);
  CREATE TABLE change_log (id serial PRIMARY KEY, task_id uuid, tbl text, row_id int, action text);
`;

/** A system of `SqlTestConnector`: one table of the company database, found by its key. */
export function addSqlTestSystem(
  systems: InMemorySystems,
  name: string,
  settings: SqlTestSettings,
  extra: Partial<SystemRecord> = {},
): SystemRecord {
  return systems.add(name, 'postgres', settings as unknown as Record<string, unknown>, {
    identityTypes: [settings.identityType],
    ...extra,
  });
}
