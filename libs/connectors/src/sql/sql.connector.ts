import { randomBytes } from 'node:crypto';
import type { AppConfig } from '@dsar/config';
import {
  connectorResult,
  DomainError,
  emptyCounts,
  type ConnectorResult,
  type IdentityRecord,
  type IdentityType,
} from '@dsar/domain';
import { OutboundAddressPolicy, OutboundRefusedError } from '@dsar/outbound';
import {
  PermanentConnectorError,
  type Connector,
  type ConnectorExecution,
  type ConnectorPreview,
  type PreviewTable,
  type FieldProblem,
  type SystemRecord,
  type TaskAction,
  type TaskContext,
} from '@dsar/systems';
import { checkSqlSettings, sqlSettingsSchema, type SqlSettings } from './dataset-map.schema.js';
import type { SqlDialect, SqlSession } from './dialect.js';
import { applyPlans } from './dataset-writer.js';
import {
  planErasure,
  planRectification,
  planRestriction,
  planStamp,
  type StampColumn,
  type TablePlan,
} from './erasure-plan.js';
import { checkMapAgainstSchema, readLiveSchema, type LiveSchema } from './live-schema.js';
import { countFound, walkRows } from './row-walker.js';
import { planRead, providedIdentities, streamRows } from './access-rows.js';
import { lookupWalk, planWalk, type WalkPlan } from './walk-plan.js';
import { pinnedDatabaseUrl } from './pinned-url.js';

const REFUSED = 'refused by the outbound address policy';

type Work = (
  session: SqlSession,
  settings: SqlSettings,
  live: LiveSchema,
) => Promise<ConnectorExecution>;

/** What a write action changes, planned from the map; `nothingLeft` when no row still differs. */
type WritePlanner = (
  dataset: SqlSettings['dataset'],
  corrections: TaskContext['corrections'],
) => { plans: TablePlan[]; unmatched: string[]; nothingLeft: string };

/** The opt-out stamps of a map, and what to say when none was needed. */
function stamped(
  dataset: SqlSettings['dataset'],
  column: StampColumn,
  done: string,
): ReturnType<WritePlanner> {
  const plans = planStamp(dataset, column);
  return {
    plans,
    unmatched: [],
    nothingLeft: plans.length
      ? `every row was ${done} already`
      : `no table of the dataset map names a ${column}`,
  };
}

/** A mark the map must name for the action to be carried out here, and what staff do without. */
interface Unmapped {
  column: StampColumn | 'restrictColumn';
  /**
   * `wait`: the task waits for staff to do it by hand. `skip`: the rows are still walked (an
   * identity provider keeps providing to later stages) and the task ends skipped, saying why.
   */
  then: 'wait' | 'skip';
  byHand: string;
}

const RESTRICT_BY_HAND: Unmapped = {
  column: 'restrictColumn',
  then: 'skip',
  byHand:
    "nothing was marked restricted: the dataset map names no restrictColumn (add one, or restrict the person's rows by hand)",
};

/** An opt-out or limit no table can record: skipped, saying so, never "opted out". */
function unstamped(column: StampColumn): Unmapped {
  return {
    column,
    then: 'skip',
    byHand: `nothing was stamped: the dataset map names no ${column} (add one, or record it by hand)`,
  };
}

/** Whether a system's map names the column on some table it may write (not shared). */
function mapsColumn(system: SystemRecord, unmapped: Pick<Unmapped, 'column'>): boolean {
  const tables = (system.settings as Partial<SqlSettings>).dataset?.tables ?? [];
  // (a restriction marks shared tables too; stamps never write them)
  return tables.some(
    (table) =>
      Boolean(table[unmapped.column]) && (unmapped.column === 'restrictColumn' || !table.shared),
  );
}

/** What a request type does to a company database: read rows, write them, or refuse (why). */
type SqlAction =
  | { kind: 'read' }
  | { kind: 'write'; plan: WritePlanner; unmapped?: Unmapped }
  | { kind: 'refuse'; why: string };

/** What each request type does to a company database: one entry per type, no fall-through. */
const SQL_ACTIONS: Record<TaskAction, SqlAction> = {
  access: { kind: 'read' },
  // The rows the person's data is in; which systems take part (legal basis) the fan-out decides.
  portability: { kind: 'read' },
  // GDPR Art. 18: the subject's rows get the map's restrict mark (a table without one is left).
  restriction: {
    kind: 'write',
    plan: (dataset) => ({
      plans: planRestriction(dataset),
      unmatched: [],
      nothingLeft: 'nothing left to restrict',
    }),
    unmapped: RESTRICT_BY_HAND,
  },
  // GDPR Art. 21: an objection that runs here (to direct marketing, or upheld by an officer)
  // stamps the map's objectionColumn; a map without one leaves the stopping to staff.
  objection: {
    kind: 'write',
    plan: (dataset) => stamped(dataset, 'objectionColumn', 'marked objected to'),
    unmapped: {
      column: 'objectionColumn',
      then: 'wait',
      byHand:
        'stop the processing the person objected to in this database by hand (its dataset map names no objectionColumn), then record it',
    },
  },
  opt_out: {
    kind: 'write',
    plan: (dataset) => stamped(dataset, 'optOutColumn', 'opted out'),
    unmapped: unstamped('optOutColumn'),
  },
  limit_sensitive: {
    kind: 'write',
    plan: (dataset) => stamped(dataset, 'limitSensitiveColumn', 'limited'),
    unmapped: unstamped('limitSensitiveColumn'),
  },
  erasure: {
    kind: 'write',
    plan: (dataset) => ({
      plans: planErasure(dataset),
      unmatched: [],
      nothingLeft: 'nothing left to erase',
    }),
  },
  rectification: {
    kind: 'write',
    plan: (dataset, corrections) => ({
      ...planRectification(dataset, corrections),
      nothingLeft: 'nothing left to rectify',
    }),
  },
};

/**
 * A company database described by a dataset map (docs/dataset-map.md), in one dialect: the map,
 * its checks, the walk, erasure, rectification, preview and access rows are written once here.
 */
export abstract class SqlConnector implements Connector {
  abstract readonly kind: SqlDialect['kind'];
  readonly secretSettings = ['url', 'hashKey'] as const;
  private readonly policy: OutboundAddressPolicy;
  private readonly settingsSchema: ReturnType<typeof sqlSettingsSchema>;

  /** Database hosts go through the outbound address policy like every other target. */
  constructor(
    private readonly dialect: SqlDialect,
    config: Pick<AppConfig, 'outboundAllowlist'>,
  ) {
    this.policy = new OutboundAddressPolicy(config.outboundAllowlist);
    this.settingsSchema = sqlSettingsSchema(dialect);
  }

  validateSettings(settings: unknown): FieldProblem[] {
    return checkSqlSettings(this.dialect, settings);
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
    const parsed = this.settingsSchema.parse(settings);
    try {
      return await this.withSession(parsed.url, async (session) =>
        checkMapAgainstSchema(
          parsed.dataset,
          await readLiveSchema(this.dialect, session, parsed.dataset),
        ),
      );
    } catch (error) {
      return [
        {
          field: 'settings.url',
          message:
            error instanceof OutboundRefusedError
              ? error.message
              : `the database cannot be reached: ${(error as Error).message}`,
        },
      ];
    }
  }

  async test(system: SystemRecord): Promise<{ ok: boolean; message: string }> {
    const problems = this.validateSettings(system.settings);
    if (problems.length > 0)
      return { ok: false, message: `${problems[0].field}: ${problems[0].message}` };
    const live = await this.checkLive(system.settings);
    // A refused address is the caller's input, not a failed test: 400 naming the policy.
    if (live.some((problem) => problem.message.startsWith(REFUSED)))
      throw DomainError.invalidInput('The settings are not valid', live);
    if (live.length > 0) return { ok: false, message: `${live[0].field}: ${live[0].message}` };
    return { ok: true, message: 'reachable; the dataset map matches the live schema' };
  }

  /** Identity types the map's `provides` fields yield (the fan-out runs this system early). */
  provides(settings: Record<string, unknown>): IdentityType[] {
    const parsed = this.settingsSchema.safeParse(settings);
    if (!parsed.success) return [];
    const types = parsed.data.dataset.tables.flatMap((t) =>
      Object.values(t.fields ?? {}).map((f) => f.provides),
    );
    return [...new Set(types.filter((type): type is IdentityType => type !== undefined))];
  }

  execute(context: TaskContext): Promise<ConnectorExecution> {
    const action = SQL_ACTIONS[context.action];
    if (action.kind === 'refuse') return Promise.reject(new PermanentConnectorError(action.why));
    // Nothing in the map can carry it out: never claimed done; staff do it, or it is skipped.
    const unmapped =
      action.kind === 'write' && action.unmapped && !mapsColumn(context.system, action.unmapped)
        ? action.unmapped
        : null;
    if (unmapped?.then === 'wait')
      return Promise.resolve({ waiting: true as const, note: unmapped.byHand });
    return this.run(context.system, async (session, settings, live) => {
      const walk = planWalk(settings.dataset);
      /** Walks `plan` and answers with what it found alone: its count and the identities. */
      const walkOnly = async (
        plan: WalkPlan,
        whenFound: 'skipped' | 'completed',
        note?: string,
      ) => {
        const found = await walkRows(
          this.dialect,
          session,
          settings.dataset,
          live,
          plan,
          context.identities,
        );
        return connectorResult(countFound(found) === 0 ? 'not_found' : whenFound, {
          counts: { ...emptyCounts(), found: countFound(found) },
          ...(note === undefined ? {} : { note }),
          providedIdentities: providedIdentities(settings.dataset, found),
        });
      };
      if (unmapped) return walkOnly(walk, 'skipped', unmapped.byHand);
      if (action.kind === 'read' && context.lookupOnly)
        return walkOnly(lookupWalk(settings.dataset, walk), 'completed');
      if (action.kind === 'read') {
        const { dialect } = this;
        const read = planRead(dialect, settings.dataset, live, walk, context.identities);
        const found = await walkRows(
          dialect,
          session,
          settings.dataset,
          live,
          read.walk,
          context.identities,
        );
        const reads = { found, direct: read.direct };
        const total =
          countFound(found) +
          (await streamRows(dialect, session, settings.dataset, live, reads, context));
        if (total === 0)
          return connectorResult('not_found', { note: 'no rows for these identities' });
        return connectorResult('completed', {
          counts: { ...emptyCounts(), found: total },
          providedIdentities: providedIdentities(settings.dataset, found),
        });
      }
      return this.write(session, settings, live, context, action.plan, false);
    });
  }

  /** Art. 18(3): the restriction lifted, the marks cleared (after the subject was told). */
  liftRestriction(context: TaskContext): Promise<ConnectorExecution> {
    // Restricted by hand (the map names no mark): lifted by hand too.
    if (!mapsColumn(context.system, RESTRICT_BY_HAND))
      return Promise.resolve({
        waiting: true as const,
        note: 'lift the restriction in this database by hand (its dataset map names no restrictColumn)',
      });
    const lift: WritePlanner = (dataset) => ({
      plans: planRestriction(dataset, true),
      unmatched: [],
      nothingLeft: 'no restricted row left',
    });
    return this.run(context.system, (session, settings, live) =>
      this.write(session, settings, live, context, lift, false),
    );
  }

  async preview(context: Omit<TaskContext, 'sink' | 'taskId'>): Promise<ConnectorPreview> {
    const base = { systemId: context.system.id, systemName: context.system.name };
    const action = SQL_ACTIONS[context.action];
    if (action.kind === 'read')
      return { ...base, supported: false, tables: [], note: `${context.action} changes nothing` };
    if (action.kind === 'refuse')
      return { ...base, supported: false, tables: [], note: action.why };
    let tables: ConnectorPreview['tables'] = [];
    let providedIdentities: IdentityRecord | undefined;
    let retained: ConnectorPreview['retained'];
    await this.run(context.system, async (session, settings, live) => {
      const task = { ...context, taskId: '', sink: { write: async () => undefined } };
      const outcome = await this.write(session, settings, live, task, action.plan, true);
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
    session: SqlSession,
    settings: SqlSettings,
    live: LiveSchema,
    context: TaskContext,
    planned: WritePlanner,
    dryRun: boolean,
  ): Promise<ConnectorResult & { tables: PreviewTable[] }> {
    const { dialect } = this;
    const { plans, unmatched, nothingLeft } = planned(settings.dataset, context.corrections);
    await session.query(dialect.begin, []);
    try {
      const found = await walkRows(
        dialect,
        session,
        settings.dataset,
        live,
        planWalk(settings.dataset, plans),
        context.identities,
      );
      const key = settings.hashKey ?? context.system.id;
      const outcome = await applyPlans(dialect, session, settings.dataset, live, found, plans, key);
      await session.query(dryRun ? dialect.rollback : dialect.commit, []);
      const total = countFound(found);
      const { found: _found, retained: _kept, ...changes } = outcome.counts;
      const changed = Object.values(changes).reduce((sum, n) => sum + n, 0) + outcome.stamped;
      const note =
        unmatched.length > 0
          ? `no rectifiable field holds ${unmatched.join(', ')}`
          : changed === 0
            ? nothingLeft
            : undefined;
      return {
        ...connectorResult(total === 0 ? 'not_found' : 'completed', {
          counts: { ...outcome.counts, found: total },
          ...(outcome.retained.length > 0 ? { retained: outcome.retained } : {}),
          ...(note ? { note } : {}),
          providedIdentities: providedIdentities(settings.dataset, found),
        }),
        tables: outcome.tables,
      };
    } catch (error) {
      await session.query(dialect.rollback, []).catch(() => undefined);
      throw error;
    }
  }

  private async run(system: SystemRecord, work: Work): Promise<ConnectorExecution> {
    const parsed = this.settingsSchema.safeParse(system.settings);
    if (!parsed.success)
      throw new PermanentConnectorError('the system settings are not a valid dataset map');
    const refusedIsPermanent = (error: Error): never => {
      throw error instanceof OutboundRefusedError
        ? new PermanentConnectorError(error.message)
        : error;
    };
    return this.withSession(parsed.data.url, async (session) => {
      const live = await readLiveSchema(this.dialect, session, parsed.data.dataset);
      const drift = checkMapAgainstSchema(parsed.data.dataset, live);
      if (drift.length > 0)
        throw new PermanentConnectorError(
          `the map no longer matches the database: ${drift[0].field}: ${drift[0].message}`,
        );
      return work(session, parsed.data, live);
    }).catch(refusedIsPermanent);
  }

  private async withSession<T>(url: string, work: (session: SqlSession) => Promise<T>): Promise<T> {
    const pinned = await pinnedDatabaseUrl(this.policy, url).catch((error: Error) => {
      throw error instanceof OutboundRefusedError
        ? new OutboundRefusedError(`${REFUSED}: ${error.message}`)
        : error;
    });
    const session = await this.dialect.connect(pinned);
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }
}
