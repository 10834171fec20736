import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { IdentitySet, type ConnectorResult, type IdentityType } from '@dsar/domain';
import {
  type Actor,
  appendAuditEvent,
  appendAuditEventsAfter,
  auditChainHeadSql,
  auditChainLockSql,
  type AuditChainHead,
  type AuditRecord,
  queryPrepared,
  RequestEntity,
  StoreTaskEntity,
  SYSTEM_ACTOR,
  type StoreTaskState,
} from '@dsar/persistence';
import type { SpoolSummary, StoredTaskResult, SystemFacts } from '@dsar/packages';
import { RequestFinaliser } from '../finalising/request-finaliser.service.js';
import { nothingToSettle, TASK_TALLY_COLUMNS, type TaskTally } from '../finalising/task-tally.js';
import { RequestLifecycle } from '@dsar/requests';

export type AfterCommit = () => Promise<void>;

export interface FinalOutcome {
  result: ConnectorResult;
  facts?: SystemFacts;
  spool?: { path: string; summary: SpoolSummary; rows: number };
  actor?: Actor;
  note?: string | null;
}

/** Counts of provided identities by type: the task row keeps no identity values. */
function providedCounts(provided: ConnectorResult['providedIdentities']): Record<string, number> {
  return Object.fromEntries(
    Object.entries(provided ?? {}).map(([type, values]) => [type, values?.length ?? 0]),
  );
}

/** The stored result of a final outcome, and the state it gives the task. */
function storedOutcome(outcome: FinalOutcome): { stored: StoredTaskResult; state: StoreTaskState } {
  const { result } = outcome;
  const found = Math.max(result.counts?.found ?? 0, outcome.spool?.rows ?? 0);
  const stored: StoredTaskResult = {
    outcome: result.outcome,
    counts: { ...result.counts, found },
    ...(result.retained?.length ? { retained: result.retained } : {}),
    ...(result.note ? { note: result.note } : {}),
    ...(result.subjectNote ? { subjectNote: result.subjectNote } : {}),
    ...(result.evidence ? { evidence: result.evidence } : {}),
    ...(result.providedIdentities
      ? { providedIdentities: providedCounts(result.providedIdentities) as never }
      : {}),
    ...(outcome.facts ? { system: outcome.facts } : {}),
    ...(outcome.spool ? { spool: outcome.spool.path, collections: outcome.spool.summary } : {}),
  };
  // A task an officer closed as failed (it could not be done) is final but not done: skipped,
  // with its outcome kept, so the request can close and its answer says so per system.
  const state: StoreTaskState =
    result.outcome === 'skipped' || result.outcome === 'failed' ? 'skipped' : 'succeeded';
  return { stored, state };
}

/** Identities a system provided that the request has not got yet, and the merged set. */
function newIdentities(
  current: Record<string, string[]>,
  provided: ConnectorResult['providedIdentities'],
): { identities: Record<string, string[]>; added: Partial<Record<IdentityType, number>> } | null {
  if (!provided || Object.keys(provided).length === 0) return null;
  const merged = IdentitySet.from(current);
  const added: Partial<Record<IdentityType, number>> = {};
  for (const [type, values] of Object.entries(IdentitySet.from(provided).toJSON()) as [
    IdentityType,
    string[],
  ][]) {
    for (const value of values) if (merged.add(type, value)) added[type] = (added[type] ?? 0) + 1;
  }
  if (Object.keys(added).length === 0) return null;
  return { identities: merged.toJSON() as Record<string, string[]>, added };
}

/** What the runner's claim knows of its task: enough to record the result without a re-read. */
export interface RunningTask {
  id: string;
  requestId: string;
  systemId: string;
  /** Searched only for identities an acting system needs: its event says so. */
  lookupOnly: boolean;
}

/**
 * Writes a task's state changes. Each runs in one transaction that locks the request first (one
 * lock order everywhere: request, then task), appends its audit event, and lets the finaliser
 * decide the request in the same transaction. Enqueues and mails happen after commit.
 */
@Injectable()
export class TaskRecorder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly finaliser: RequestFinaliser,
    private readonly lifecycle: RequestLifecycle,
  ) {}

  /** Runs `work` with the request and the task locked; `work` returns false to change nothing. */
  async withLockedTask(
    taskId: string,
    work: (
      manager: EntityManager,
      task: StoreTaskEntity,
      request: RequestEntity,
    ) => Promise<boolean>,
  ): Promise<boolean> {
    const { changed, after } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lockIn(manager, taskId);
      if (!locked) return { changed: false, after: null };
      const { task, request } = locked;
      if (!(await work(manager, task, request))) return { changed: false, after: null };
      return { changed: true, after: await this.finaliser.settleIn(manager, request.id, request) };
    });
    await after?.();
    return changed;
  }

  /** The request, then the task, locked in the caller's transaction; null for an unknown task. */
  async lockIn(
    manager: EntityManager,
    taskId: string,
  ): Promise<{ task: StoreTaskEntity; request: RequestEntity } | null> {
    // Only the request id first (no entity to build): the request is locked before the task.
    const [peek] = (await manager.query('SELECT request_id FROM store_tasks WHERE id = $1', [
      taskId,
    ])) as {
      request_id: string;
    }[];
    if (!peek) return null;
    const request = await this.lifecycle.lock(manager, peek.request_id);
    const task = await manager.findOneOrFail(StoreTaskEntity, {
      where: { id: taskId },
      lock: { mode: 'pessimistic_write' },
    });
    return { task, request };
  }

  /** The finaliser's decision on the locked request, in the caller's transaction. */
  settleRequestIn(manager: EntityManager, request: RequestEntity): Promise<AfterCommit> {
    return this.finaliser.settleIn(manager, request.id, request);
  }

  /** A final result (succeeded, or skipped when the connector says so); only from `expected` states. */
  async finish(
    taskId: string,
    outcome: FinalOutcome,
    expected: StoreTaskState[],
  ): Promise<boolean> {
    return this.withLockedTask(taskId, async (manager, task, request) => {
      if (!expected.includes(task.state)) return false;
      await this.finishIn(manager, task, request, outcome);
      return true;
    });
  }

  /**
   * `finish` for the task this worker claimed (state `running`), in four statements between
   * BEGIN and COMMIT: the request locked and the task updated (only if still running) with the
   * audit chain's lock; the chain's head and the request's task tally (and the request's new
   * identities); the audit events; the finaliser only when the tally leaves it work.
   */
  async finishRunning(task: RunningTask, outcome: FinalOutcome): Promise<boolean> {
    const { result } = outcome;
    const { stored, state } = storedOutcome(outcome);
    const { changed, after } = await this.dataSource.transaction(async (manager) => {
      // The request is locked first (the one lock order), then the task, then the chain.
      const [locked] = await queryPrepared<{
        status: RequestEntity['status'];
        identities: Record<string, string[]>;
      }>(
        manager,
        `UPDATE store_tasks t
            SET state = $3, result = $4, note = COALESCE($5, t.note), last_error = NULL,
                finished_at = now(), updated_at = now()
           FROM (SELECT id, status, identities FROM requests WHERE id = $2 FOR UPDATE) r
          WHERE t.id = $1 AND t.request_id = r.id AND t.state = 'running'
          RETURNING r.status, r.identities, ${auditChainLockSql('r.id::text')} AS chained`,
        [task.id, task.requestId, state, stored, outcome.note ?? result.note ?? null],
      );
      if (!locked) return { changed: false, after: null };
      const merged = newIdentities(locked.identities, result.providedIdentities);
      // A later statement than the lock's: it sees every event committed before the lock.
      const [read] = await queryPrepared<TaskTally & { head: AuditChainHead | null }>(
        manager,
        `${merged ? 'WITH merged AS (UPDATE requests SET identities = $2, updated_at = now() WHERE id = $1::uuid) ' : ''}
         SELECT ${auditChainHeadSql('$1::text')} AS head, ${TASK_TALLY_COLUMNS}
           FROM store_tasks WHERE request_id = $1::uuid`,
        merged ? [task.requestId, merged.identities] : [task.requestId],
      );
      const event = (action: string, data: Record<string, unknown>, reason: string | null) =>
        ({
          requestId: task.requestId,
          actor: SYSTEM_ACTOR,
          action,
          fromStatus: locked.status,
          toStatus: locked.status,
          reason,
          data,
        }) satisfies AuditRecord;
      await appendAuditEventsAfter(manager, read.head, [
        ...(merged
          ? [
              event(
                'identities_provided',
                { taskId: task.id, systemId: task.systemId, added: merged.added },
                null,
              ),
            ]
          : []),
        event(
          `task_${state}`,
          {
            taskId: task.id,
            systemId: task.systemId,
            outcome: result.outcome,
            counts: stored.counts,
            ...(task.lookupOnly ? { lookupOnly: true } : {}),
          },
          outcome.note ?? null,
        ),
      ]);
      if (nothingToSettle(locked.status, read)) return { changed: true, after: null };
      const request = {
        id: task.requestId,
        status: locked.status,
        identities: merged?.identities ?? locked.identities,
      };
      return { changed: true, after: await this.finaliser.settleIn(manager, request.id, request) };
    });
    await after?.();
    return changed;
  }

  /** `finish` on a task and request the caller has locked. */
  async finishIn(
    manager: EntityManager,
    task: StoreTaskEntity,
    request: RequestEntity,
    outcome: FinalOutcome,
  ): Promise<void> {
    const { result } = outcome;
    const { stored, state } = storedOutcome(outcome);
    await manager.update(StoreTaskEntity, task.id, {
      state,
      result: stored as never,
      note: outcome.note ?? result.note ?? task.note,
      lastError: null,
      finishedAt: new Date(),
      updatedAt: new Date(),
      ...(outcome.actor?.type === 'staff' ? { completedBy: outcome.actor.id } : {}),
    });
    await this.mergeIdentities(manager, request, task, result.providedIdentities);
    await this.audit(manager, request, `task_${state}`, outcome.actor ?? SYSTEM_ACTOR, {
      reason: outcome.note ?? null,
      data: {
        taskId: task.id,
        systemId: task.systemId,
        outcome: result.outcome,
        counts: stored.counts,
        ...(task.lookupOnly ? { lookupOnly: true } : {}),
      },
    });
  }

  async fail(taskId: string, error: string, final: boolean): Promise<boolean> {
    return this.withLockedTask(taskId, async (manager, task, request) => {
      if (task.state !== 'running') return false;
      await manager.update(StoreTaskEntity, task.id, {
        state: final ? 'failed' : 'queued',
        lastError: error.slice(0, 2000),
        updatedAt: new Date(),
        ...(final ? { finishedAt: new Date() } : {}),
      });
      await this.audit(
        manager,
        request,
        final ? 'task_failed_for_good' : 'task_attempt_failed',
        SYSTEM_ACTOR,
        {
          reason: error.slice(0, 500),
          data: { taskId: task.id, systemId: task.systemId, attempt: task.attempts },
        },
      );
      return true;
    });
  }

  async skip(
    taskId: string,
    reason: string,
    expected: StoreTaskState[] = ['queued', 'running'],
  ): Promise<boolean> {
    return this.withLockedTask(taskId, async (manager, task, request) => {
      if (!expected.includes(task.state)) return false;
      await manager.update(StoreTaskEntity, task.id, {
        state: 'skipped',
        note: reason,
        finishedAt: new Date(),
        updatedAt: new Date(),
      });
      await this.audit(manager, request, 'task_skipped', SYSTEM_ACTOR, {
        reason,
        data: { taskId: task.id, systemId: task.systemId },
      });
      return true;
    });
  }

  async wait(taskId: string, note: string): Promise<boolean> {
    return this.withLockedTask(taskId, async (manager, task, request) => {
      if (task.state !== 'running') return false;
      await manager.update(StoreTaskEntity, task.id, {
        state: 'waiting',
        note,
        updatedAt: new Date(),
      });
      await this.audit(manager, request, 'task_waiting', SYSTEM_ACTOR, {
        reason: note,
        data: { taskId: task.id, systemId: task.systemId },
      });
      return true;
    });
  }

  /** The request is locked already: the event goes straight onto its chain. */
  private async audit(
    manager: EntityManager,
    request: RequestEntity,
    action: string,
    actor: Actor,
    options: { reason?: string | null; data?: Record<string, unknown> },
  ): Promise<void> {
    await appendAuditEvent(manager, {
      requestId: request.id,
      actor,
      action,
      fromStatus: request.status,
      toStatus: request.status,
      reason: options.reason ?? null,
      data: options.data,
    });
  }

  /** Identities a system provided join the request's (recorded on it); the audit names types only. */
  private async mergeIdentities(
    manager: EntityManager,
    request: RequestEntity,
    task: StoreTaskEntity,
    provided: ConnectorResult['providedIdentities'],
  ): Promise<void> {
    const merged = newIdentities(request.identities, provided);
    if (!merged) return;
    const { added } = merged;
    request.identities = merged.identities;
    await manager.update(RequestEntity, request.id, {
      identities: request.identities,
      updatedAt: new Date(),
    });
    await this.audit(manager, request, 'identities_provided', SYSTEM_ACTOR, {
      data: { taskId: task.id, systemId: task.systemId, added },
    });
  }
}
