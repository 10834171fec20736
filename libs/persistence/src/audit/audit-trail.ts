import type { EntityManager } from 'typeorm';
import { AuditEventEntity, type ActorType } from '../entities/audit-event.entity.js';
import { auditEventHash, storedJson, storedNullableText, storedText } from './audit-hash.js';

export interface Actor {
  type: ActorType;
  id: string | null;
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null };
export const SUBJECT_ACTOR: Actor = { type: 'subject', id: null };

export interface AuditRecord {
  requestId: string | null;
  actor: Actor;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  /** Ids and codes only: never the subject's personal data. */
  data?: Record<string, unknown>;
}

/**
 * Appends one event to its chain inside the caller's transaction. The advisory lock serialises
 * writers of one chain (one request) without serialising the whole trail.
 */
export async function appendAuditEvent(
  manager: EntityManager,
  record: AuditRecord,
): Promise<AuditEventEntity> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendAuditEvent must run inside a transaction');
  }
  const chain = record.requestId ?? 'system';
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [chain]);
  const previous = await manager.findOne(AuditEventEntity, {
    where: { chain },
    order: { seq: 'DESC' },
  });
  // Milliseconds only: timestamptz keeps microseconds, a JS Date does not.
  const createdAt = new Date(Math.floor(Date.now()));
  const event = manager.create(AuditEventEntity, {
    chain,
    seq: (previous?.seq ?? 0) + 1,
    requestId: record.requestId,
    actorType: record.actor.type,
    // What is hashed is exactly what the columns will give back.
    actorId: storedNullableText(record.actor.id),
    action: storedText(record.action),
    fromStatus: storedNullableText(record.fromStatus ?? null),
    toStatus: storedNullableText(record.toStatus ?? null),
    reason: storedNullableText(record.reason ?? null),
    data: storedJson(record.data ?? {}),
    createdAt,
    prevHash: previous?.hash ?? null,
  });
  event.hash = auditEventHash(event);
  return manager.save(AuditEventEntity, event);
}
