import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  applyAction,
  DomainError,
  lifecycleRefusal,
  isOpen,
  isTerminal,
  type LifecycleAction,
  type RequestStatus,
} from '@dsar/domain';
import {
  appendAuditEvent,
  appendAuditEvents,
  type Actor,
  type AuditRecord,
  RequestEntity,
} from '@dsar/persistence';

export interface ApplyOptions {
  reason?: string | null;
  /** A deny's reason code (DENIAL_REASONS). */
  denialReason?: string;
  /** Ids and codes only (the audit trail never holds the subject's data). */
  data?: Record<string, unknown>;
  /** Columns changed together with the status (verifiedAt, outcome, …). */
  patch?: Partial<RequestEntity>;
  now?: Date;
  /** For an action that goes back (an answered question, an upheld appeal): where to. */
  returnTo?: RequestStatus | null;
}

export interface AppliedAction {
  request: RequestEntity;
  from: RequestStatus;
  to: RequestStatus;
}

/** Many requests at once: those the action changed, and those refused (with why). */
export interface AppliedActions {
  applied: AppliedAction[];
  refused: { id: string; reason: string }[];
}

/**
 * The one writer of request statuses: locks the row, asks the pure lifecycle whether the action
 * is allowed, saves the change and appends its audit event — all in the caller's transaction.
 */
@Injectable()
export class RequestLifecycle {
  async apply(
    manager: EntityManager,
    requestId: string,
    action: LifecycleAction,
    actor: Actor,
    options: ApplyOptions = {},
  ): Promise<AppliedAction> {
    return this.applyToLocked(manager, await this.lock(manager, requestId), action, actor, options);
  }

  /**
   * `apply` on a request the caller has already locked (`lock`) in this same transaction, so
   * the row it holds is current: a caller that read it to decide does not read it twice.
   */
  async applyToLocked(
    manager: EntityManager,
    request: RequestEntity,
    action: LifecycleAction,
    actor: Actor,
    options: ApplyOptions = {},
  ): Promise<AppliedAction> {
    const decided = this.decide(request, action, options);
    if (!decided.ok) throw decided.refusal;
    const { from, to, changes } = decided;
    Object.assign(request, changes);
    // Only the changed columns, in one statement (save() would read the row again first).
    await manager.update(RequestEntity, request.id, changes as never);
    await appendAuditEvent(manager, auditRecord(request.id, action, actor, from, to, options));
    return { request, from, to };
  }

  /**
   * The same action on many requests, set-based: one statement locks them all (in id order),
   * one `UPDATE` per distinct change, one multi-row audit append (an event per request). A
   * request that does not exist or whose status forbids the action is refused and left as it
   * was; any other refusal (a bad body) throws, as `apply` does.
   */
  async applyMany(
    manager: EntityManager,
    requestIds: readonly string[],
    action: LifecycleAction,
    actor: Actor,
    options: ApplyOptions = {},
  ): Promise<AppliedActions> {
    const ids = [...new Set(requestIds.map((id) => id.toLowerCase()))].sort();
    const found = await manager.find(RequestEntity, {
      where: { id: In(ids) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const byId = new Map(found.map((request) => [request.id, request]));
    const result: AppliedActions = { applied: [], refused: [] };
    const groups = new Map<string, { changes: Partial<RequestEntity>; ids: string[] }>();
    for (const id of ids) {
      const request = byId.get(id);
      if (!request) {
        result.refused.push({ id, reason: `No request with id ${id}` });
        continue;
      }
      const decided = this.decide(request, action, options);
      if (!decided.ok) {
        if (decided.refusal.code !== 'conflict' && decided.refusal.code !== 'not_found') {
          throw decided.refusal;
        }
        result.refused.push({ id, reason: decided.refusal.message });
        continue;
      }
      const { from, to, changes } = decided;
      Object.assign(request, changes);
      const key = JSON.stringify(changes);
      const group = groups.get(key) ?? { changes, ids: [] };
      group.ids.push(id);
      groups.set(key, group);
      result.applied.push({ request, from, to });
    }
    for (const group of groups.values()) {
      await manager.update(RequestEntity, { id: In(group.ids) }, group.changes as never);
    }
    await appendAuditEvents(
      manager,
      result.applied.map(({ request, from, to }) =>
        auditRecord(request.id, action, actor, from, to, options),
      ),
    );
    return result;
  }

  /** The pure lifecycle's verdict on one locked request, and the columns it changes. */
  private decide(
    request: RequestEntity,
    action: LifecycleAction,
    options: ApplyOptions,
  ):
    | { ok: true; from: RequestStatus; to: RequestStatus; changes: Partial<RequestEntity> }
    | { ok: false; refusal: DomainError } {
    const now = options.now ?? new Date();
    const outcome = applyAction(
      {
        status: request.status,
        type: request.type,
        dueAt: request.dueAt,
        extendedDueAt: request.extendedDueAt,
        returnTo: options.returnTo ?? null,
      },
      action,
      { now, reason: options.reason ?? undefined, denialReason: options.denialReason },
    );
    if (!outcome.ok) return { ok: false, refusal: lifecycleRefusal(outcome.error) };
    const from = request.status;
    const to = outcome.to;
    const changes: Partial<RequestEntity> = { ...options.patch, status: to, updatedAt: now };
    // Closed when it reaches a final status; open again when an appeal reopens it.
    if (to !== from && isTerminal(to)) changes.closedAt = now;
    if (to !== from && isOpen(to)) changes.closedAt = null;
    return { ok: true, from, to, changes };
  }

  /** An audit event that changes nothing on the request (a download, a mail sent). */
  async record(
    manager: EntityManager,
    requestId: string,
    action: string,
    actor: Actor,
    options: Pick<ApplyOptions, 'reason' | 'data'> = {},
  ): Promise<void> {
    const request = await this.lock(manager, requestId);
    await appendAuditEvent(manager, {
      requestId,
      actor,
      action,
      fromStatus: request.status,
      toStatus: request.status,
      reason: options.reason ?? null,
      data: options.data,
    });
  }

  async lock(manager: EntityManager, requestId: string): Promise<RequestEntity> {
    const request = await manager.findOne(RequestEntity, {
      where: { id: requestId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!request) throw new DomainError('not_found', `No request with id ${requestId}`);
    return request;
  }
}

function auditRecord(
  requestId: string,
  action: LifecycleAction,
  actor: Actor,
  from: RequestStatus,
  to: RequestStatus,
  options: ApplyOptions,
): AuditRecord {
  return {
    requestId,
    actor,
    action,
    fromStatus: from,
    toStatus: to,
    reason: options.reason ?? null,
    data: options.data,
  };
}
