import type { EntityManager } from 'typeorm';
import type { ConnectorResult, IdentityType, RequestType, RetainedItem } from '@dsar/domain';
import type { SystemKind, SystemRecord } from './system-record.js';

export type TaskAction = RequestType;

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Where access rows go. Rows stream out of a connector into the task's encrypted spool file as
 * they are read, so a subject with 200,000 rows never sits in memory.
 */
export interface AccessSink {
  /**
   * A promise when the sink is full (await it before the next row: backpressure), nothing when
   * the row was taken at once: a million rows need not cost a million promises.
   */
  write(collection: string, row: Record<string, unknown>): Promise<void> | undefined;
  /**
   * A row as its JSON text, written by the database server (an object of `columns`); the same
   * promise rule as `write`. A sink without it gets rows as values.
   */
  writeJson?(
    collection: string,
    columns: readonly string[],
    json: string,
  ): Promise<void> | undefined;
  /**
   * The data category of a collection's columns, where the connector knows them (a SQL map's
   * `fields`), told before its rows: a person reads labels, not column names, and a refused
   * category can be left out (a partial answer).
   */
  describe?(collection: string, categories: Record<string, string>): void;
}

export interface TaskContext {
  requestId: string;
  taskId: string;
  action: TaskAction;
  /** The verified e-mail and identities provided by earlier stages; normalised. */
  identities: Partial<Record<IdentityType, string[]>>;
  corrections: { field: string; value: string }[];
  dueAt: Date;
  attempt: number;
  system: SystemRecord;
  sink: AccessSink;
  /**
   * Searched only for the identities it provides to later stages (`action` is `access`): nothing
   * it finds is kept, so a connector may read only what leads to them.
   */
  lookupOnly?: boolean;
  /** The task's callback URL and token (webhook kind answers asynchronously). */
  callback?: { url: string; token: string };
  signal?: AbortSignal;
}

/**
 * A connector either finishes now (`ConnectorResult`) or leaves the task waiting: for a callback,
 * or for staff (e-mail and manual kinds). Waiting tasks hold no job open.
 */
export type ConnectorExecution = ConnectorResult | { waiting: true; note: string };

export interface PreviewTable {
  table: string;
  rows: number;
  fields: Record<string, number>;
  /** How each field in `fields` is changed, so the preview can say erased, masked or hashed. */
  fieldActions?: Record<string, 'null' | 'mask' | 'hash' | 'rectify' | 'restrict' | 'stamp'>;
  rowAction?: 'delete' | 'restrict' | 'stamp' | null;
}

export interface ConnectorPreview {
  systemId: string;
  systemName: string;
  supported: boolean;
  tables: PreviewTable[];
  note?: string;
  /** What an erasure would keep, the basis and until when (the task's own `retained`). */
  retained?: RetainedItem[];
  /** Identities the walk found (later systems of the preview search them too). */
  providedIdentities?: Partial<Record<IdentityType, string[]>>;
}

/** A failure that retrying cannot fix (bad settings, a refused request): the task fails at once. */
export class PermanentConnectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentConnectorError';
  }
}

/** One interface every kind implements; the engine never branches on kind. */
export interface Connector {
  readonly kind: SystemKind;
  /** Shape checks of the settings (sync); problems name the field (`settings.dataset.tables.0.name`). */
  validateSettings(settings: unknown): FieldProblem[];
  /** Live checks when saved (a map against the live schema, an address against the policy). */
  checkLive?(settings: Record<string, unknown>): Promise<FieldProblem[]>;
  /** "Test connection": says what failed. */
  test(system: SystemRecord): Promise<{ ok: boolean; message: string }>;
  execute(context: TaskContext): Promise<ConnectorExecution>;
  /**
   * GDPR Art. 18(3): lift a restriction this system carried out (the subject has been told). A
   * kind without it leaves the lifting to its owner, who is told by staff.
   */
  liftRestriction?(context: TaskContext): Promise<ConnectorExecution>;
  /** What an erasure or rectification would change, without changing anything. */
  preview?(context: Omit<TaskContext, 'sink' | 'taskId'>): Promise<ConnectorPreview>;
  /**
   * Fills what the registry generates at creation (a webhook's `whsec_…` secret, a hash key);
   * `revealed` is shown once, in the create answer.
   */
  completeSettings?(settings: Record<string, unknown>): {
    settings: Record<string, unknown>;
    revealed: Record<string, string>;
  };
  /** Names of settings holding secrets: encrypted at rest, never returned. */
  readonly secretSettings: readonly string[];
  /**
   * The answer a system already gave for a waiting task that nobody recorded (a worker died
   * between the delivery and the task's update), or null. The reconciler records it.
   */
  settledAnswer?(taskId: string, action: TaskAction): Promise<ConnectorResult | null>;
  /**
   * Staff retry a waiting task: forget what it waits for (a scheduled attempt, a callback), in
   * the retry's transaction, so the next run asks the system afresh.
   */
  forgetWaiting?(manager: EntityManager, taskId: string): Promise<void>;
}
