import type { ConnectorCounts, CountKey, RetainedItem } from '../connectors/connector-result.js';
import { COUNT_KEYS } from '../connectors/connector-result.js';

/** Each count as a person reads it: rows are records, single fields are values. */
const COUNT_WORDS: Record<CountKey, [one: string, many: string]> = {
  found: ['record found', 'records found'],
  erased: ['value erased', 'values erased'],
  masked: ['value overwritten', 'values overwritten'],
  hashed: ['value made unreadable', 'values made unreadable'],
  deleted: ['record deleted', 'records deleted'],
  retained: ['value kept', 'values kept'],
  rectified: ['value corrected', 'values corrected'],
};

/** How a system's task ended, in words (the outcome codes stay in the manifest). */
const OUTCOME_WORDS: Record<string, string> = {
  completed: 'done',
  not_found: 'nothing about you found',
  failed: 'could not be completed; we are looking into it',
  skipped: 'not searched: we had no detail this system could find you by',
  queued: 'still in progress',
  running: 'still in progress',
  waiting: 'still in progress',
  succeeded: 'done',
};

/** `2031-05-01` → `1 May 2031`; the date of the hold, not a time. */
export function dayInWords(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A hold in words: "kept: <basis> until 1 May 2031" (the table and column stay in the manifest). */
export function retainedInWords(item: Pick<RetainedItem, 'basis' | 'until'>): string {
  return `kept: ${item.basis}${item.until ? ` until ${dayInWords(item.until)}` : ', with no end date recorded'}`;
}

/**
 * A system's result as a person reads it: "3 records found", "2 values erased",
 * "kept: legal obligation … until 1 May 2031". Codes and counts stay in the machine files.
 */
export function outcomeInWords(result: {
  outcome: string;
  counts?: Partial<ConnectorCounts> | null;
  retained?: readonly Pick<RetainedItem, 'basis' | 'until'>[] | null;
}): string {
  const counted = COUNT_KEYS.flatMap((key) => {
    const n = result.counts?.[key];
    if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return [];
    const [one, many] = COUNT_WORDS[key];
    return [`${n} ${n === 1 ? one : many}`];
  });
  const kept = (result.retained ?? []).map(retainedInWords);
  const parts = [...counted, ...kept];
  if (result.outcome === 'completed' && parts.length) return parts.join('; ');
  return [OUTCOME_WORDS[result.outcome] ?? result.outcome.replace(/_/g, ' '), ...parts].join('; ');
}
