import type { EntityManager } from 'typeorm';
import type { ActorType } from '../entities/audit-event.entity.js';
import { queryPrepared } from '../prepared-statements.js';
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
export function appendAuditEvent(manager: EntityManager, record: AuditRecord): Promise<void> {
  return appendAuditEvents(manager, [record]);
}

/** The chains' locks, taken in one sorted order so two writers never wait on each other in a cycle. */
const LOCK_CHAINS =
  'SELECT pg_advisory_xact_lock(hashtextextended(chain, 0)) FROM unnest($1::text[]) AS chain';
/** Each chain's head by its index (one row per chain, however long the chain). */
const CHAIN_HEADS = `SELECT c.chain, h.seq, h.hash FROM unnest($1::text[]) AS c(chain)
  CROSS JOIN LATERAL (SELECT seq, hash FROM audit_events e WHERE e.chain = c.chain
                       ORDER BY seq DESC LIMIT 1) h`;

/**
 * The same two for one chain, the usual case: a generic plan of these costs what a custom one
 * does, so PostgreSQL plans them once per connection; the `unnest` forms above it re-plans on
 * every call (in the fan-out bench, about 0.15 ms of the database's CPU a task).
 */
const LOCK_CHAIN = 'SELECT pg_advisory_xact_lock(hashtextextended($1::text, 0))';
const CHAIN_HEAD = `SELECT $1::text AS chain, seq, hash FROM audit_events
  WHERE chain = $1::text ORDER BY seq DESC LIMIT 1`;

/**
 * Appends events in the caller's transaction in three statements, whatever their number: the
 * chains' advisory locks, their heads (read by a later statement than the lock, so every event
 * committed before the lock is seen), and one multi-row insert. Events of one chain follow each
 * other in the order given.
 */
export async function appendAuditEvents(
  manager: EntityManager,
  records: readonly AuditRecord[],
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendAuditEvents must run inside a transaction');
  }
  if (records.length === 0) return;
  const chains = [...new Set(records.map((record) => record.requestId ?? 'system'))].sort();
  const [lock, head, values] =
    chains.length === 1 ? [LOCK_CHAIN, CHAIN_HEAD, chains] : [LOCK_CHAINS, CHAIN_HEADS, [chains]];
  await queryPrepared(manager, lock, values);
  const heads = (await queryPrepared(manager, head, values)) as {
    chain: string;
    seq: number;
    hash: string;
  }[];
  await insertChained(
    manager,
    new Map(heads.map((row) => [row.chain, { seq: row.seq, hash: row.hash }])),
    records,
  );
}

/** A chain's last event: what the next one links to. */
export interface AuditChainHead {
  seq: number;
  hash: string;
}

/**
 * SQL that takes a chain's advisory lock (the one `appendAuditEvent` takes), for a hot writer
 * that folds it into a statement it makes anyway; `chain` is an SQL expression.
 */
export function auditChainLockSql(chain: string): string {
  return `pg_advisory_xact_lock(hashtextextended(${chain}, 0))`;
}

/**
 * SQL for a chain's head as jsonb `{seq, hash}` (null for an empty chain); `chain` is an SQL
 * expression. Only a statement that starts after the one that took the chain's lock sees every
 * event committed before it (READ COMMITTED takes a snapshot per statement).
 */
export function auditChainHeadSql(chain: string): string {
  return `(SELECT jsonb_build_object('seq', seq, 'hash', hash) FROM audit_events
            WHERE chain = ${chain} ORDER BY seq DESC LIMIT 1)`;
}

/**
 * Appends events to one request's chain after `head`, in one insert: for a caller that took the
 * chain's lock (auditChainLockSql) and then read its head (auditChainHeadSql) in this
 * transaction. The events and hashes are exactly those `appendAuditEvent` would write.
 */
export async function appendAuditEventsAfter(
  manager: EntityManager,
  head: AuditChainHead | null,
  records: readonly (AuditRecord & { requestId: string })[],
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendAuditEventsAfter must run inside a transaction');
  }
  if (records.length === 0) return;
  const chains = new Set(records.map((record) => record.requestId));
  if (chains.size !== 1) throw new Error('appendAuditEventsAfter appends to one chain');
  const [chain] = chains;
  await insertChained(manager, new Map(head ? [[chain!, head]] : []), records);
}

/**
 * The first event of a request inserted in this transaction: nobody else can see the request
 * yet, so its chain is empty and no other writer can reach it; no lock, no head to read.
 */
export function appendFirstAuditEvent(
  manager: EntityManager,
  record: AuditRecord & { requestId: string },
): Promise<void> {
  return appendAuditEventsAfter(manager, null, [record]);
}

/** Links each record to its chain's head (moving the head on) and inserts them all at once. */
async function insertChained(
  manager: EntityManager,
  head: Map<string, AuditChainHead>,
  records: readonly AuditRecord[],
): Promise<void> {
  // Milliseconds only: timestamptz keeps microseconds, a JS Date does not.
  const createdAt = new Date(Math.floor(Date.now()));
  const rows = records.map((record) => {
    const chain = record.requestId ?? 'system';
    const previous = head.get(chain);
    const event = {
      chain,
      seq: (previous?.seq ?? 0) + 1,
      requestId: record.requestId,
      actorType: record.actor.type,
      actorId: storedNullableText(record.actor.id),
      action: storedText(record.action),
      fromStatus: storedNullableText(record.fromStatus ?? null),
      toStatus: storedNullableText(record.toStatus ?? null),
      reason: storedNullableText(record.reason ?? null),
      data: storedJson(record.data ?? {}),
      createdAt,
      prevHash: previous?.hash ?? null,
    };
    const hash = auditEventHash(event);
    head.set(chain, { seq: event.seq, hash });
    return { ...event, createdAt: createdAt.toISOString(), hash };
  });
  await queryPrepared(
    manager,
    `INSERT INTO audit_events (chain, seq, request_id, actor_type, actor_id, action, from_status,
                               to_status, reason, data, created_at, prev_hash, hash)
     SELECT chain, seq, "requestId", "actorType", "actorId", action, "fromStatus", "toStatus",
            reason, data, "createdAt", "prevHash", hash
       FROM jsonb_to_recordset($1::jsonb) AS e(chain text, seq integer, "requestId" uuid,
            "actorType" text, "actorId" uuid, action text, "fromStatus" text, "toStatus" text,
            reason text, data jsonb, "createdAt" timestamptz, "prevHash" text, hash text)`,
    [JSON.stringify(rows)],
  );
}
