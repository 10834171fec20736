import { processorDueAt } from '@dsar/domain';
import type { SystemKind } from '@dsar/systems';

/**
 * Which kinds answer through someone else before we can answer the subject: a processor reached
 * by webhook or e-mail, or a person doing a manual task. They get `processorLeadDays` less than
 * the subject (Art. 28(3)(e), our reading: `PROCESSOR_DUE_CITATION`); our own databases and the
 * Analytics API are worked at once and keep the subject's date.
 */
export const ANSWERS_BEFORE_SUBJECT: Record<SystemKind, boolean> = {
  postgres: false,
  mysql: false,
  google_analytics: false,
  webhook: true,
  email: true,
  manual: true,
};

/** A task's own due date: the processor's date for those kinds, null for the others. */
export function taskProcessorDueAt(
  kind: string | null | undefined,
  subjectDueAt: Date,
  leadDays: number,
  createdAt: Date,
): Date | null {
  if (!kind || !ANSWERS_BEFORE_SUBJECT[kind as SystemKind]) return null;
  return processorDueAt(subjectDueAt, leadDays, createdAt);
}
