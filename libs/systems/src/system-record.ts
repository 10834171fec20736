import type { IdentityType } from '@dsar/domain';
import type { SystemEntity, SystemTransfer } from '@dsar/persistence';

/** The connector kinds of the registry (DESIGN.md). */
export const SYSTEM_KINDS = [
  'postgres',
  'mysql',
  'webhook',
  'email',
  'manual',
  'google_analytics',
] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

/**
 * A registered system, settings decrypted: what the fan-out, the connectors, webhooks and notices
 * read from the registry (SystemRecords). The one type of a system outside the `systems` table.
 */
export interface SystemRecord {
  id: string;
  name: string;
  kind: SystemKind;
  enabled: boolean;
  settings: Record<string, unknown>;
  identityTypes: IdentityType[];
  categories: string[];
  purposes: string[];
  legalBases: string[];
  /** `language`: the BCP 47 tag Art. 19 notices to the recipient are written in (English if none). */
  recipients: { name: string; email?: string; language?: string }[];
  retention: string | null;
  /** GDPR Art. 15(1)(g), 15(2) and 15(1)(h): source, third-country transfers, decisions. */
  source: string | null;
  transfers: SystemTransfer[];
  automatedDecisions: string | null;
  actions: string[];
}

/** A row of the `systems` table as a SystemRecord, its secret settings already opened. */
export function systemRecord(row: SystemEntity, settings: Record<string, unknown>): SystemRecord {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as SystemKind,
    enabled: row.enabled,
    settings,
    identityTypes: row.identityTypes as IdentityType[],
    categories: row.categories,
    purposes: row.purposes,
    legalBases: row.legalBases,
    recipients: row.recipients,
    retention: row.retention,
    source: row.source,
    transfers: row.transfers,
    automatedDecisions: row.automatedDecisions,
    actions: row.actions,
  };
}
