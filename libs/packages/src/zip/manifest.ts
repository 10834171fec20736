import type {
  PackageController,
  PackageRequest,
  PackageSystem,
  WithheldPart,
} from '../package-contents.js';
import { art15Facts } from './cover-letter.js';

/** `manifest.json`: the request, the identities used, and the Art. 15(1) facts per system. */
export function buildManifest(
  request: PackageRequest,
  systems: PackageSystem[],
  controller: PackageController,
  generatedAt: Date,
  withheld: WithheldPart[],
  timeZone: string,
): Record<string, unknown> {
  return {
    format: 'dsar-access-package/1',
    generatedAt: generatedAt.toISOString(),
    controller,
    request: {
      reference: request.reference,
      type: request.type,
      jurisdiction: request.jurisdiction,
      receivedAt: request.receivedAt.toISOString(),
      dueAt: request.dueAt.toISOString(),
      // The language report.html is written for (BCP 47, as the subject gave it).
      language: request.language,
    },
    identitiesUsed: request.identities,
    // GDPR Art. 15(1)(e)-(f): the rights of the request's regime and where to complain.
    rights: art15Facts(request, systems, timeZone, 'en').rights,
    // A partial answer: each refused part, the exemption and its citation.
    withheld,
    systems: systems.map((system) => ({
      name: system.facts.name,
      kind: system.facts.kind,
      source: system.facts.source,
      transfers: system.facts.transfers,
      automatedDecisions: system.facts.automatedDecisions,
      categories: system.facts.categories,
      purposes: system.facts.purposes,
      legalBases: system.facts.legalBases,
      recipients: system.facts.recipients.map((recipient) => recipient.name),
      retention: system.facts.retention,
      outcome: system.result?.outcome ?? system.state,
      ...(system.result?.retained?.length ? { retained: system.result.retained } : {}),
      ...(system.note ? { note: system.note } : {}),
      files: system.collections.map((collection) => ({
        collection: collection.name,
        rows: collection.rows,
        json: collection.jsonPath,
        csv: collection.csvPath,
      })),
      attachments: system.attachments.map((attachment) => ({
        name: attachment.name,
        contentType: attachment.contentType,
        bytes: attachment.bytes,
        path: attachment.zipPath,
      })),
    })),
  };
}
