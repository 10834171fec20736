import type { EntityManager } from 'typeorm';
import type { EarlierCorrection, IdentityType } from '@dsar/domain';

/** The identity a corrected category is searched as (a corrected e-mail was an `email` key). */
const IDENTITY_TYPE_OF_CATEGORY: Record<string, IdentityType> = {
  'user.contact.email': 'email',
  'user.contact.phone': 'phone',
};

const key = (value: string) => value.trim().toLowerCase();

/** An earlier rectification, with who learnt its new value then. */
export interface EarlierCorrectionSeen extends Omit<EarlierCorrection, 'toldThisRecipient'> {
  /** Recipients told by mail or webhook (lower-cased names; a staff alert told nobody). */
  toldTo: Set<string>;
  /** Systems whose processor was mailed that request (`processor_request`). */
  mailedSystems: Set<string>;
}

/**
 * Earlier completed rectifications of this person whose new value is one this request is
 * searched by: each with the values it replaced (that request's identities of the type), the
 * recipients told the new value then and the processors mailed it. Art. 19 notices and
 * processor mails both read it, so neither names a value its reader never had.
 */
export async function earlierCorrections(
  manager: EntityManager,
  request: { id: string; identities: Record<string, string[]> | null },
): Promise<EarlierCorrectionSeen[]> {
  const values = Object.values(request.identities ?? {})
    .flat()
    .map((value) => key(String(value)));
  if (values.length === 0) return [];
  const rows = (await manager.query(
    `SELECT r.identities, r.corrections,
            COALESCE((SELECT array_agg(DISTINCT lower(trim(n.recipient_name)))
                        FROM recipient_notices n
                       WHERE n.request_id = r.id AND n.channel <> 'staff'), '{}') AS told,
            COALESCE((SELECT array_agg(DISTINCT t.system_id::text)
                        FROM store_tasks t
                        JOIN staff_alerts a ON a.kind = 'processor_request' AND a.subject_key = t.id::text
                       WHERE t.request_id = r.id), '{}') AS mailed
       FROM requests r
      WHERE r.type = 'rectification' AND r.status = 'completed' AND r.id <> $1
        AND r.completed_at <= now()
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(COALESCE(r.corrections, '[]'::jsonb)) c
                     WHERE lower(trim(c->>'value')) = ANY($2::text[]))`,
    [request.id, values],
  )) as {
    identities: Record<string, string[]> | null;
    corrections: { field: string; value: string }[];
    told: string[];
    mailed: string[];
  }[];
  return rows.flatMap((row) =>
    row.corrections
      .filter((correction) => values.includes(key(correction.value)))
      .map((correction) => {
        const type = IDENTITY_TYPE_OF_CATEGORY[correction.field];
        const from = type ? (row.identities?.[type] ?? []) : [];
        return {
          field: correction.field,
          from: from.filter((value) => key(value) !== key(correction.value)),
          to: correction.value,
          toldTo: new Set(row.told),
          mailedSystems: new Set(row.mailed),
        };
      }),
  );
}
