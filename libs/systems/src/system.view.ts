import type { SystemEntity } from '@dsar/persistence';
import { redactSecrets } from './secret-settings.js';

/** A system as the admin API shows it: secrets masked, never returned. */
export function systemView(system: SystemEntity, secretNames: readonly string[]) {
  return {
    id: system.id,
    name: system.name,
    kind: system.kind,
    owner: { name: system.ownerName, email: system.ownerEmail },
    enabled: system.enabled,
    categories: system.categories,
    purposes: system.purposes,
    legalBases: system.legalBases,
    recipients: system.recipients,
    retention: system.retention,
    source: system.source,
    transfers: system.transfers,
    automatedDecisions: system.automatedDecisions,
    identityTypes: system.identityTypes,
    actions: system.actions,
    settings: redactSecrets(system.settings, secretNames),
    createdAt: system.createdAt,
    updatedAt: system.updatedAt,
  };
}

export type SystemView = ReturnType<typeof systemView>;
