import type { RequestOutcome, SystemOutcome } from './outcome-summary.js';

/**
 * What the subject is told about one system: done (with how much), nothing found there, not
 * done (the system was skipped: it does not take this action, or there was no key to look the
 * subject up by), failed, or still pending. Every one is listed; an answer says "erased" or
 * "corrected" only when no system failed or is pending.
 */
export type SystemAnswerKind = 'done' | 'not_found' | 'not_done' | 'failed' | 'pending';

export interface SystemAnswer {
  system: string;
  kind: SystemAnswerKind;
  /** Erased, anonymised, hashed or deleted items (erasure); changes made (rectification). */
  erased: number;
  rectified: number;
  /** The note staff wrote for the subject, never the internal one. */
  note: string | null;
}

const PENDING_STATES = ['queued', 'running', 'waiting'];

export function systemAnswer(system: SystemOutcome): SystemAnswer {
  const { erased, masked, hashed, deleted, rectified } = system.counts;
  const kind: SystemAnswerKind =
    system.state === 'failed' || system.outcome === 'failed'
      ? 'failed'
      : PENDING_STATES.includes(system.state)
        ? 'pending'
        : system.state === 'skipped' || system.outcome === 'skipped'
          ? 'not_done'
          : system.outcome === 'not_found'
            ? 'not_found'
            : 'done';
  return {
    system: system.system,
    kind,
    erased: erased + masked + hashed + deleted,
    rectified,
    note: system.note ?? null,
  };
}

/** Each system's answer, and how many are unfinished (failed or pending). */
export function systemAnswers(outcome: RequestOutcome): {
  systems: SystemAnswer[];
  unfinished: number;
} {
  const systems = outcome.systems.map(systemAnswer);
  const unfinished = systems.filter(
    (answer) => answer.kind === 'failed' || answer.kind === 'pending',
  ).length;
  return { systems, unfinished };
}
