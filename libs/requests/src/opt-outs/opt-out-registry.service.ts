import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { IdentityRecord } from '@dsar/domain';
import { OPT_OUT_KINDS, type OptOutKind, type RequestEntity } from '@dsar/persistence';

/** The (type, value) pairs of an identity record, in two parallel arrays for `unnest`. */
function pairs(identities: IdentityRecord): { types: string[]; values: string[] } {
  const types: string[] = [];
  const values: string[] = [];
  for (const [type, list] of Object.entries(identities)) {
    for (const value of new Set(list ?? [])) {
      types.push(type);
      values.push(value);
    }
  }
  return { types, values };
}

/** One opt-out to remember: its kind, the identities it names and the request that owns them. */
export interface OptOutEntry {
  kind: OptOutKind;
  identities: IdentityRecord;
  reference: string;
  requestId: string | null;
  source: 'web' | 'staff' | 'gpc';
}

export function isOptOutKind(type: string): type is OptOutKind {
  return (OPT_OUT_KINDS as readonly string[]).includes(type);
}

/**
 * The standing opt-outs per identity: written when an opt-out request (or a GPC signal) is
 * received, read by data flows (`isOptedOut`), the staff list and the suppression export.
 * One row per kind and identity; the first request that named it keeps it.
 */
@Injectable()
export class OptOutRegistry {
  /** Remembers every identity of an opt-out request; other types are not opt-outs. */
  async rememberRequest(manager: EntityManager, request: RequestEntity): Promise<number> {
    if (!isOptOutKind(request.type)) return 0;
    return this.remember(manager, {
      kind: request.type,
      identities: request.identities as IdentityRecord,
      reference: request.reference,
      requestId: request.id,
      source: request.source,
    });
  }

  /** Inserts the identities not remembered yet for this kind; the count of new rows. */
  async remember(manager: EntityManager, entry: OptOutEntry): Promise<number> {
    const added = await this.rememberNew(manager, entry);
    return Object.values(added).reduce((sum, list) => sum + (list?.length ?? 0), 0);
  }

  /** Inserts the identities not remembered yet for this kind; those it inserted. */
  async rememberNew(manager: EntityManager, entry: OptOutEntry): Promise<IdentityRecord> {
    const { types, values } = pairs(entry.identities);
    if (types.length === 0) return {};
    const rows = (await manager.query(
      `INSERT INTO opt_outs (kind, identity_type, identity_value, reference, request_id, source)
       SELECT $1, t, v, $4, $5, $6 FROM unnest($2::text[], $3::text[]) AS i(t, v)
       ON CONFLICT (kind, identity_type, identity_value) DO NOTHING
       RETURNING identity_type AS type, identity_value AS value`,
      [entry.kind, types, values, entry.reference, entry.requestId, entry.source],
    )) as { type: string; value: string }[];
    const added: Record<string, string[]> = {};
    for (const row of rows) (added[row.type] ??= []).push(row.value);
    return added as IdentityRecord;
  }

  /**
   * The first remembered opt-out matching any of these identities (one index probe each), and
   * whether every one of them is remembered already.
   */
  async find(
    manager: EntityManager,
    kind: OptOutKind,
    identities: IdentityRecord,
  ): Promise<{ reference: string; requestId: string | null; complete: boolean } | null> {
    const { types, values } = pairs(identities);
    if (types.length === 0) return null;
    const [row] = (await manager.query(
      `SELECT reference, request_id AS "requestId", count(*) OVER () AS matched FROM opt_outs
        WHERE kind = $1 AND (identity_type, identity_value) IN
              (SELECT t, v FROM unnest($2::text[], $3::text[]) AS i(t, v))
        ORDER BY recorded_at, id LIMIT 1`,
      [kind, types, values],
    )) as { reference: string; requestId: string | null; matched: string }[];
    if (!row) return null;
    return {
      reference: row.reference,
      requestId: row.requestId,
      complete: Number(row.matched) === types.length,
    };
  }

  /** Whether a data flow must leave this identity out (an opt-out of sale/sharing stands). */
  async isOptedOut(
    manager: EntityManager,
    identities: IdentityRecord,
    kind: OptOutKind = 'opt_out',
  ): Promise<boolean> {
    return (await this.find(manager, kind, identities)) !== null;
  }
}
