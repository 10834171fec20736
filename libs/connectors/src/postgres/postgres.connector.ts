import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  connectorResult,
  emptyCounts,
  type ConnectorResult,
  type IdentityRecord,
  type IdentityType,
} from '@dsar/domain';
import {
  PermanentConnectorError,
  type Connector,
  type ConnectorExecution,
  type ConnectorPreview,
  type PreviewTable,
  type FieldProblem,
  type SystemDescriptor,
  type TaskContext,
} from '../connector.js';
import {
  checkPostgresSettings,
  postgresSettingsSchema,
  type PostgresSettings,
} from './dataset-map.schema.js';
import { applyPlans } from './dataset-writer.js';
import { planErasure, planRectification } from './erasure-plan.js';
import { checkMapAgainstSchema, readLiveSchema, type LiveSchema } from './live-schema.js';
import { countFound, walkRows } from './row-walker.js';
import { providedIdentities, streamRows } from './access-rows.js';
import { planWalk } from './walk-plan.js';

type Work = (
  client: pg.ClientBase,
  settings: PostgresSettings,
  live: LiveSchema,
) => Promise<ConnectorExecution>;

/** The company's own PostgreSQL databases, described by a dataset map (docs/dataset-map.md). */
export class PostgresConnector implements Connector {
  readonly kind = 'postgres' as const;
  readonly secretSettings = ['url', 'hashKey'] as const;

  validateSettings(settings: unknown): FieldProblem[] {
    return checkPostgresSettings(settings);
  }

  /** A per-system key for the `hash` erasure, generated once and never shown. */
  completeSettings(settings: Record<string, unknown>) {
    if (typeof settings.hashKey === 'string' && settings.hashKey) return { settings, revealed: {} };
    return {
      settings: { ...settings, hashKey: randomBytes(32).toString('base64url') },
      revealed: {},
    };
  }

  async checkLive(settings: Record<string, unknown>): Promise<FieldProblem[]> {
    const parsed = postgresSettingsSchema.parse(settings);
    try {
      return await this.withClient(parsed.url, async (client) =>
        checkMapAgainstSchema(parsed.dataset, await readLiveSchema(client, parsed.dataset)),
      );
    } catch (error) {
      return [
        {
          field: 'settings.url',
          message: `the database cannot be reached: ${(error as Error).message}`,
        },
      ];
    }
  }

  async test(system: SystemDescriptor): Promise<{ ok: boolean; message: string }> {
    const problems = this.validateSettings(system.settings);
    if (problems.length > 0)
      return { ok: false, message: `${problems[0].field}: ${problems[0].message}` };
    const live = await this.checkLive(system.settings);
    if (live.length > 0) return { ok: false, message: `${live[0].field}: ${live[0].message}` };
    return { ok: true, message: 'reachable; the dataset map matches the live schema' };
  }

  /** Identity types the map's `provides` fields yield (the fan-out runs this system early). */
  provides(settings: Record<string, unknown>): IdentityType[] {
    const parsed = postgresSettingsSchema.safeParse(settings);
    if (!parsed.success) return [];
    const types = parsed.data.dataset.tables.flatMap((t) =>
      Object.values(t.fields ?? {}).map((f) => f.provides),
    );
    return [...new Set(types.filter((type): type is IdentityType => type !== undefined))];
  }

  execute(context: TaskContext): Promise<ConnectorExecution> {
    return this.run(context.system, async (client, settings, live) => {
      const walk = planWalk(settings.dataset);
      if (context.action === 'access') {
        const found = await walkRows(client, settings.dataset, live, walk, context.identities);
        if (countFound(found) === 0)
          return connectorResult('not_found', { note: 'no rows for these identities' });
        await streamRows(client, settings, live, found, context);
        return connectorResult('completed', {
          counts: { ...emptyCounts(), found: countFound(found) },
          providedIdentities: providedIdentities(settings, found),
        });
      }
      return this.write(client, settings, live, context, false);
    });
  }

  async preview(context: Omit<TaskContext, 'sink' | 'taskId'>): Promise<ConnectorPreview> {
    const base = { systemId: context.system.id, systemName: context.system.name };
    if (context.action === 'access')
      return { ...base, supported: false, tables: [], note: 'access changes nothing' };
    let tables: ConnectorPreview['tables'] = [];
    let providedIdentities: IdentityRecord | undefined;
    let retained: ConnectorPreview['retained'];
    await this.run(context.system, async (client, settings, live) => {
      const task = { ...context, taskId: '', sink: { write: async () => undefined } };
      const outcome = await this.write(client, settings, live, task, true);
      tables = outcome.tables;
      providedIdentities = outcome.providedIdentities;
      retained = outcome.retained;
      return outcome;
    });
    return {
      ...base,
      supported: true,
      tables,
      providedIdentities,
      ...(retained ? { retained } : {}),
    };
  }

  /** Erasure or rectification in one transaction; a preview rolls it back. */
  private async write(
    client: pg.ClientBase,
    settings: PostgresSettings,
    live: LiveSchema,
    context: TaskContext,
    dryRun: boolean,
  ): Promise<ConnectorResult & { tables: PreviewTable[] }> {
    await client.query('BEGIN');
    try {
      const found = await walkRows(
        client,
        settings.dataset,
        live,
        planWalk(settings.dataset),
        context.identities,
      );
      const rectification = planRectification(settings.dataset, context.corrections);
      const plans =
        context.action === 'erasure' ? planErasure(settings.dataset) : rectification.plans;
      const key = settings.hashKey ?? context.system.id;
      const outcome = await applyPlans(client, settings.dataset, live, found, plans, key);
      await client.query(dryRun ? 'ROLLBACK' : 'COMMIT');
      const total = countFound(found);
      const { found: _found, retained: _kept, ...changes } = outcome.counts;
      const changed = Object.values(changes).reduce((sum, n) => sum + n, 0);
      const note =
        context.action === 'erasure'
          ? changed === 0
            ? 'nothing left to erase'
            : undefined
          : rectification.unmatched.length > 0
            ? `no rectifiable field holds ${rectification.unmatched.join(', ')}`
            : changed === 0
              ? 'nothing left to rectify'
              : undefined;
      return {
        ...connectorResult(total === 0 ? 'not_found' : 'completed', {
          counts: { ...outcome.counts, found: total },
          ...(outcome.retained.length > 0 ? { retained: outcome.retained } : {}),
          ...(note ? { note } : {}),
          providedIdentities: providedIdentities(settings, found),
        }),
        tables: outcome.tables,
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  private async run(system: SystemDescriptor, work: Work): Promise<ConnectorExecution> {
    const parsed = postgresSettingsSchema.safeParse(system.settings);
    if (!parsed.success)
      throw new PermanentConnectorError('the system settings are not a valid dataset map');
    return this.withClient(parsed.data.url, async (client) => {
      const live = await readLiveSchema(client, parsed.data.dataset);
      const drift = checkMapAgainstSchema(parsed.data.dataset, live);
      if (drift.length > 0)
        throw new PermanentConnectorError(
          `the map no longer matches the database: ${drift[0].field}: ${drift[0].message}`,
        );
      return work(client, parsed.data, live);
    });
  }

  private async withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
}
