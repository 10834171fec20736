import type { IdentityRecord } from '../identities/identity-types.model.js';

/** The one result shape every connector returns (DESIGN.md, "Data stores and processors"). */
export const CONNECTOR_OUTCOMES = ['completed', 'not_found', 'failed', 'skipped'] as const;
export type ConnectorOutcome = (typeof CONNECTOR_OUTCOMES)[number];

export const COUNT_KEYS = [
  'found',
  'erased',
  'masked',
  'hashed',
  'deleted',
  'retained',
  'rectified',
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** How many rows or items a connector found and what it did with them. */
export type ConnectorCounts = Record<CountKey, number>;

/** Kept under a legal hold: what, on which basis, until when (ISO date; null when open-ended). */
export interface RetainedItem {
  what: string;
  basis: string;
  until: string | null;
}

export interface ConnectorResult {
  outcome: ConnectorOutcome;
  counts: ConnectorCounts;
  /** Access: rows by collection. */
  data?: Record<string, unknown[]>;
  retained?: RetainedItem[];
  /** For staff: why skipped, what failed, what was done by hand. Never shown to the subject. */
  note?: string;
  /** What the subject may read about this system (package, mails); staff write it on purpose. */
  subjectNote?: string;
  /** What proves the work (a processor's receipt, an API answer). */
  evidence?: Record<string, unknown>;
  /** Identities this system found for the subject, searched by later stages. */
  providedIdentities?: IdentityRecord;
}

export function isConnectorOutcome(value: unknown): value is ConnectorOutcome {
  return typeof value === 'string' && (CONNECTOR_OUTCOMES as readonly string[]).includes(value);
}

/** `completed`, `not_found` and `skipped` end a task well; only `failed` does not. */
export function isSuccessfulOutcome(outcome: ConnectorOutcome): boolean {
  return outcome !== 'failed';
}

export function emptyCounts(): ConnectorCounts {
  return { found: 0, erased: 0, masked: 0, hashed: 0, deleted: 0, retained: 0, rectified: 0 };
}

/** A new sum; missing or non-numeric counts on the right add nothing. */
export function addCounts(left: ConnectorCounts, right: Partial<ConnectorCounts>): ConnectorCounts {
  const sum = { ...left };
  for (const key of COUNT_KEYS) {
    const value = right[key];
    if (typeof value === 'number' && Number.isFinite(value)) sum[key] += value;
  }
  return sum;
}

/** A result with zero counts, for outcomes that touched nothing (not found, skipped, failed). */
export function connectorResult(
  outcome: ConnectorOutcome,
  extra: Omit<Partial<ConnectorResult>, 'outcome'> = {},
): ConnectorResult {
  return { ...extra, outcome, counts: { ...emptyCounts(), ...extra.counts } };
}
