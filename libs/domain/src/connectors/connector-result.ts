import type { IdentityType } from '../identities/identities.js';

export type ConnectorOutcome = 'completed' | 'not_found' | 'failed' | 'skipped';

export interface ConnectorCounts {
  found: number;
  erased: number;
  masked: number;
  hashed: number;
  deleted: number;
  retained: number;
  rectified: number;
}

export function emptyCounts(): ConnectorCounts {
  return { found: 0, erased: 0, masked: 0, hashed: 0, deleted: 0, retained: 0, rectified: 0 };
}

export function addCounts(left: ConnectorCounts, right: Partial<ConnectorCounts>): ConnectorCounts {
  const sum = { ...left };
  for (const key of Object.keys(sum) as (keyof ConnectorCounts)[]) sum[key] += right[key] ?? 0;
  return sum;
}

/** Kept under a legal hold: what, on which basis, until when (ISO date, or null when open). */
export interface RetainedItem {
  what: string;
  basis: string;
  until: string | null;
}

/** The one result shape every connector returns (DESIGN.md). */
export interface ConnectorResult {
  outcome: ConnectorOutcome;
  counts: ConnectorCounts;
  data?: Record<string, unknown[]>;
  retained?: RetainedItem[];
  note?: string;
  evidence?: Record<string, unknown>;
  providedIdentities?: Partial<Record<IdentityType, string[]>>;
}

export function isSuccessfulOutcome(outcome: ConnectorOutcome): boolean {
  return outcome === 'completed' || outcome === 'not_found' || outcome === 'skipped';
}
