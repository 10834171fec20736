import { createHash } from 'node:crypto';

export interface AuditHashInput {
  chain: string;
  seq: number;
  requestId: string | null;
  actorType: string;
  actorId: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
  prevHash: string | null;
}

// eslint-disable-next-line no-control-regex -- NUL is exactly what must be found
const UNSTORABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g;

/**
 * A text as PostgreSQL gives it back: the driver encodes UTF-8, which turns half a surrogate pair
 * into U+FFFD, and neither text nor jsonb can hold NUL. Hashing this form (not the one sent) keeps
 * an honest chain verifiable.
 */
export function storedText(text: string): string {
  return text.replace(UNSTORABLE, '\uFFFD');
}

export function storedNullableText(text: string | null): string | null {
  return text === null ? null : storedText(text);
}

/** A value as a jsonb column gives it back: JSON's types only (dates as text), texts as stored. */
export function storedJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, inner: unknown) =>
    typeof inner === 'string' ? storedText(inner) : inner,
  ) as T;
}

/** JSON with sorted keys, so the hash does not depend on key order after a jsonb round trip. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

export function auditEventHash(event: AuditHashInput): string {
  return createHash('sha256')
    .update(
      canonical({
        chain: event.chain,
        seq: event.seq,
        requestId: event.requestId,
        actorType: event.actorType,
        actorId: event.actorId,
        action: event.action,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        reason: event.reason,
        data: event.data,
        createdAt: event.createdAt,
        prevHash: event.prevHash,
      }),
    )
    .digest('hex');
}

export type BrokenLinkProblem = 'hash_mismatch' | 'prev_hash_mismatch' | 'sequence_gap';

/** Whether an event follows the one before it in its chain and still hashes to its `hash`. */
export function linkProblem(
  event: AuditHashInput & { hash: string },
  previous: { seq: number; hash: string } | null,
): BrokenLinkProblem | null {
  if (event.seq !== (previous?.seq ?? 0) + 1) return 'sequence_gap';
  if (event.prevHash !== (previous?.hash ?? null)) return 'prev_hash_mismatch';
  if (auditEventHash(event) !== event.hash) return 'hash_mismatch';
  return null;
}
