import { Readable } from 'node:stream';
import type { PackageController, PackageRequest, PackageSystem } from '../package-contents.js';

/** The name and version of the per-system file (docs/portability-format.md). */
export const PORTABLE_FORMAT = 'dsar-portable/1';

/** A collection's rows, each as its JSON text. */
export type SystemRowTexts = (system: PackageSystem, collection: string) => AsyncIterable<string[]>;

/**
 * One system's data for another controller to import (GDPR Art. 20(1): "structured, commonly
 * used and machine-readable"), streamed: the header, then each collection's records.
 */
export function portableSystemStream(
  request: PackageRequest,
  system: PackageSystem,
  controller: PackageController,
  exportedAt: Date,
  rowTexts: SystemRowTexts,
): Readable {
  const header = {
    format: PORTABLE_FORMAT,
    exportedAt: exportedAt.toISOString(),
    controller,
    request: { reference: request.reference, jurisdiction: request.jurisdiction },
    subject: { identities: request.identities },
    system: {
      name: system.facts.name,
      categories: system.facts.categories,
      purposes: system.facts.purposes,
      legalBases: system.facts.legalBases,
    },
  };
  const opening = JSON.stringify(header, null, 2).replace(/\n}$/, ',\n  "collections": [');
  return Readable.from(
    (async function* () {
      yield opening;
      let firstCollection = true;
      for (const collection of system.collections) {
        const fields = collection.columns.map((name) => ({
          name,
          category: collection.categories[name] ?? null,
        }));
        const meta = JSON.stringify({ name: collection.name, fields });
        yield `${firstCollection ? '\n' : ',\n'}    ${meta.slice(0, -1)}, "records": [`;
        firstCollection = false;
        let firstRecord = true;
        for await (const batch of rowTexts(system, collection.name)) {
          if (batch.length === 0) continue;
          yield `${firstRecord ? '\n' : ',\n'}      ${batch.join(',\n      ')}`;
          firstRecord = false;
        }
        yield firstRecord ? ']}' : '\n    ]}';
      }
      yield firstCollection ? ']\n}\n' : '\n  ]\n}\n';
    })(),
  );
}
