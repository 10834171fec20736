import type { SystemFacts } from '@dsar/packages';
import type { FanoutSystem } from './ports.js';

/** What a registered system declares about its processing: the Art. 15(1) facts of a package. */
export function systemFacts(system: FanoutSystem): SystemFacts {
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
