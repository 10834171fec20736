import {
  categoryLabel,
  COUNT_KEYS,
  type ConnectorCounts,
  type ConnectorOutcome,
  type CountKey,
  type IdentityType,
  isIdentityType,
  type RetainedItem,
} from '@dsar/domain';
import type { MessageValues, TrustedHtml } from '@dsar/mail';
import {
  type PackageKey,
  packageLanguage,
  type PackageLanguage,
  packageTranslator,
  type PackageTranslator,
} from './catalogs/index.js';

/** A task's state, as stored (`store_tasks.state`); its result, when there is one, says more. */
type TaskState = 'queued' | 'running' | 'waiting' | 'succeeded' | 'failed' | 'skipped';

/** How a system's task ended, in words (the outcome codes stay in the manifest). */
const OUTCOME_KEYS: Record<ConnectorOutcome | TaskState, PackageKey> = {
  completed: 'outcome.done',
  succeeded: 'outcome.done',
  not_found: 'outcome.not_found',
  failed: 'outcome.failed',
  skipped: 'outcome.skipped',
  queued: 'outcome.pending',
  running: 'outcome.pending',
  waiting: 'outcome.pending',
};

/** Each count as a person reads it: rows are records, single fields are values. */
const COUNT_MESSAGE: Record<CountKey, PackageKey> = {
  found: 'count.found',
  erased: 'count.erased',
  masked: 'count.masked',
  hashed: 'count.hashed',
  deleted: 'count.deleted',
  retained: 'count.retained',
  rectified: 'count.rectified',
};

const IDENTITY_KEYS: Record<IdentityType, PackageKey> = {
  email: 'identity.email',
  phone: 'identity.phone',
  user_id: 'identity.user_id',
  analytics_client_id: 'identity.analytics_client_id',
  cookie_id: 'identity.cookie_id',
  google_sub: 'identity.google_sub',
};

const hasWords = (code: string): code is keyof typeof OUTCOME_KEYS =>
  Object.hasOwn(OUTCOME_KEYS, code);

/**
 * The words of one report: its language (the request's, or the nearest we write in), dates in
 * the controller's time zone; a hold's day (an ISO date, no time) is that day everywhere.
 */
export class ReportWords {
  readonly language: PackageLanguage;
  private readonly t: PackageTranslator;
  private readonly days: PackageTranslator;

  constructor(
    requestLanguage: string | null | undefined,
    readonly timeZone: string,
  ) {
    this.language = packageLanguage(requestLanguage);
    this.t = packageTranslator(this.language, timeZone);
    this.days = packageTranslator(this.language, 'UTC');
  }

  text(key: PackageKey, values?: MessageValues): string {
    return this.t.text(key, values);
  }

  html(key: PackageKey, values?: MessageValues): TrustedHtml {
    return this.t.html(key, values);
  }

  category(code: string): string {
    return categoryLabel(code, this.language);
  }

  /** An identity type as a person reads it; a type we do not know by name reads as a category. */
  identity(type: string): string {
    return isIdentityType(type) ? this.text(IDENTITY_KEYS[type]) : this.category(type);
  }

  /** A cell's value; booleans in words. */
  value(raw: unknown): string {
    if (raw === null || raw === undefined || raw === '') return '—';
    if (typeof raw === 'boolean') return this.text(raw ? 'value.yes' : 'value.no');
    return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
  }

  /** "kept: <basis> until 1 May 2031" (the table and column stay in the manifest). */
  retained(item: Pick<RetainedItem, 'basis' | 'until'>): string {
    if (!item.until) return this.text('kept.open', { basis: item.basis });
    const until = new Date(item.until.length === 10 ? `${item.until}T00:00:00Z` : item.until);
    if (Number.isNaN(until.getTime())) throw new Error(`a hold until ${item.until}: not a date`);
    return this.days.text('kept.until', { basis: item.basis, until });
  }

  /**
   * A system's result as a person reads it: "3 records found", "2 values erased", "kept: …".
   * An outcome with no words stops the build: the report never shows a code.
   */
  outcome(result: {
    outcome: string;
    counts?: Partial<ConnectorCounts> | null;
    retained?: readonly Pick<RetainedItem, 'basis' | 'until'>[] | null;
  }): string {
    if (!hasWords(result.outcome)) throw new Error(`no words for the outcome ${result.outcome}`);
    const counted = COUNT_KEYS.flatMap((key) => {
      const count = result.counts?.[key];
      if (typeof count !== 'number' || !Number.isFinite(count) || count <= 0) return [];
      return [this.text(COUNT_MESSAGE[key], { count })];
    });
    const parts = [...counted, ...(result.retained ?? []).map((item) => this.retained(item))];
    const separator = this.text('outcome.separator');
    if (result.outcome === 'completed' && parts.length) return parts.join(separator);
    return [this.text(OUTCOME_KEYS[result.outcome]), ...parts].join(separator);
  }
}
