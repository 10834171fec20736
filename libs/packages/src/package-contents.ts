import type { ConnectorCounts, RefusalWords, RetainedItem } from '@dsar/domain';
import type { SpoolSummary } from './spool/access-spool.js';

/** What a system declared about its processing (Art. 15(1)), as it stood when its task ran. */
export interface SystemFacts {
  name: string;
  kind: string;
  categories: string[];
  purposes: string[];
  legalBases: string[];
  recipients: { name: string; email?: string }[];
  retention: string | null;
  /** Where the data came from (Art. 15(1)(g)); null when the registry does not say. */
  source: string | null;
  /** Third-country transfers and their safeguards (Art. 15(2)). */
  transfers: { country: string; safeguard: string }[];
  /** Automated decision-making (Art. 15(1)(h)); null: the registry records none. */
  automatedDecisions: string | null;
}

/** Only the facts of a registered system (a row or the engine's view of it carries more). */
export function systemFacts(system: SystemFacts): SystemFacts {
  return {
    name: system.name,
    kind: system.kind,
    categories: system.categories,
    purposes: system.purposes,
    legalBases: system.legalBases,
    recipients: system.recipients,
    retention: system.retention,
    source: system.source,
    transfers: system.transfers,
    automatedDecisions: system.automatedDecisions,
  };
}

/** The facts of each system as the inventory holds them now, by system id. */
export type InventoryFacts = ReadonlyMap<string, SystemFacts>;

/** The stored result of a task (the rows themselves are in its spool file). */
export interface StoredTaskResult {
  outcome: string;
  counts?: Partial<ConnectorCounts>;
  retained?: RetainedItem[];
  /** Internal (staff); never in a package. */
  note?: string;
  /** What staff wrote for the subject: the only note a package shows. */
  subjectNote?: string;
  evidence?: Record<string, unknown>;
  providedIdentities?: Record<string, string[]>;
  system?: SystemFacts;
  spool?: string;
  collections?: SpoolSummary;
}

export interface PackageRequest {
  id: string;
  reference: string;
  type: string;
  jurisdiction: string;
  /** The pack version pinned at receipt: the rights the answer names are that version's. */
  policyVersion: string | null;
  receivedAt: Date;
  dueAt: Date;
  identities: Record<string, string[]>;
  /** The subject's language (BCP 47): `report.html` is written in it, or the nearest we have. */
  language: string;
}

export interface PackageCollection {
  name: string;
  rows: number;
  columns: string[];
  /** Column → data category, where the system named one (the report shows only labels). */
  categories: Record<string, string>;
  jsonPath: string;
  csvPath: string;
  /** Columns left out because their category was refused (the rows lose them too). */
  withheldColumns: string[];
}

/** A file staff attached to the system's task (a processor's own export, say), copied as is. */
export interface PackageAttachment {
  name: string;
  contentType: string;
  bytes: number;
  /** Where it is stored, encrypted, under DATA_DIR. */
  storedAt: string;
  zipPath: string;
}

export interface PackageSystem {
  taskId: string;
  state: string;
  facts: SystemFacts;
  result: StoredTaskResult | null;
  /** The note for the subject (`subjectNote`); internal notes never enter a package. */
  note: string | null;
  spool: string | null;
  collections: PackageCollection[];
  attachments: PackageAttachment[];
  /** Where the system's portable file goes, when the answer carries one (portability). */
  portablePath: string;
}

/**
 * A part of the request an officer refused: named in the letter and the manifest, left out. The
 * refused category's code, so the letter names it by its label in the report's language.
 */
export type WithheldPart = RefusalWords & {
  category: string | null;
  /** The system's data is unlabelled by category, so all of it was held back for `category`. */
  heldWhole?: true;
};

export interface PackageController {
  name: string;
  contact: string;
}
