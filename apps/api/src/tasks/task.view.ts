import type { StoreTaskEntity } from '@dsar/persistence';

/** A task as the admin UI sees it: camelCase fields; the result without evidence internals. */
export function taskView(
  task: StoreTaskEntity & {
    dueAt?: Date;
    processorDueAt?: Date | null;
    identitiesToUse?: Record<string, string[]>;
  },
) {
  return {
    id: task.id,
    requestId: task.requestId,
    systemId: task.systemId,
    systemName: task.systemName,
    action: task.action,
    state: task.state,
    stage: task.stage,
    // Searched only for identities later stages need; it changes nothing in the system.
    lookupOnly: task.lookupOnly,
    attempts: task.attempts,
    lastError: task.lastError,
    note: task.note,
    result: task.result,
    completedBy: task.completedBy,
    startedAt: task.startedAt,
    finishedAt: task.finishedAt,
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
    // Lists carry the request's answer date, so the inbox sorts by deadline.
    ...(task.dueAt ? { dueAt: task.dueAt } : {}),
    // A processor's or a manual task's own date, processorLeadDays before the subject's
    // (Art. 28(3)(e), our reading); null for our own systems.
    ...(task.processorDueAt !== undefined ? { processorDueAt: task.processorDueAt } : {}),
    // What staff look the subject up by in this system (the system's identity types only).
    ...(task.identitiesToUse ? { identitiesToUse: task.identitiesToUse } : {}),
  };
}
