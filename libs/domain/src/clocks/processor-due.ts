/**
 * Why processors answer before the subject's date: GDPR Art. 28(3)(e) binds a processor to
 * assist the controller in answering data subjects' requests, and the controller must answer
 * within Art. 12(3). Our reading: that assistance is only useful if it arrives early enough to
 * check and send on, so a processor (or whoever a manual task names) is asked to answer
 * `processorLeadDays` calendar days before the subject's date in force. The figure is a policy
 * setting, not a rule of law.
 */
export const PROCESSOR_DUE_CITATION =
  'GDPR Art. 28(3)(e) (processor assists with data subject requests) with Art. 12(3); the lead time is our reading, set by processorLeadDays';

const DAY_MS = 24 * 3600_000;

/**
 * When a processor's or a manual task's answer is due: `leadDays` calendar days before the
 * subject's (effective) due date, and never before the task existed (a late request still gives
 * the processor until now, not a date already past).
 */
export function processorDueAt(subjectDueAt: Date, leadDays: number, notBefore?: Date): Date {
  if (!Number.isInteger(leadDays) || leadDays < 0) {
    throw new RangeError(`processor lead days must be a whole number ≥ 0, got ${leadDays}`);
  }
  const due = new Date(subjectDueAt.getTime() - leadDays * DAY_MS);
  return notBefore && due < notBefore ? new Date(notBefore) : due;
}
