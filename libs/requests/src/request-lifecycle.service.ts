import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  applyAction,
  DomainError,
  lifecycleRefusal,
  isOpen,
  isTerminal,
  type LifecycleAction,
  type RequestStatus,
} from '@dsar/domain';
import { appendAuditEvent, type Actor, RequestEntity } from '@dsar/persistence';

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
    const request = await this.lock(manager, requestId);
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
    if (!outcome.ok) throw lifecycleRefusal(outcome.error);
    const from = request.status;
    const to = outcome.to;
    const changes: Partial<RequestEntity> = { ...options.patch, status: to, updatedAt: now };
    // Closed when it reaches a final status; open again when an appeal reopens it.
    if (to !== from && isTerminal(to)) changes.closedAt = now;
    if (to !== from && isOpen(to)) changes.closedAt = null;
    Object.assign(request, changes);
    // Only the changed columns, in one statement (save() would read the row again first).
    await manager.update(RequestEntity, requestId, changes as never);
    await appendAuditEvent(manager, {
      requestId,
      actor,
      action,
      fromStatus: from,
      toStatus: to,
      reason: options.reason ?? null,
      data: options.data,
    });
    return { request, from, to };
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
