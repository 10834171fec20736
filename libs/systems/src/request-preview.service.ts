import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConnectorPreview } from './connector.js';
import { ConnectorRegistry } from './connector-registry.js';
import {
  DomainError,
  type IdentityRecord,
  type IdentityType,
  REQUEST_TYPE_RULES,
  type RequestType,
} from '@dsar/domain';
import { RequestEntity } from '@dsar/persistence';
import { SystemRecords } from './system-records.js';

/**
 * Before approval: what an erasure or rectification would change, per system and table (row and
 * field counts, never values). Connectors run their plan and roll it back: nothing changes.
 */
@Injectable()
export class RequestPreviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: SystemRecords,
    private readonly connectors: ConnectorRegistry,
  ) {}

  async preview(
    requestId: string,
  ): Promise<{ requestId: string; action: RequestType; systems: ConnectorPreview[] }> {
    const request = await this.dataSource.manager.findOneBy(RequestEntity, { id: requestId });
    if (!request) throw new DomainError('not_found', 'no such request');
    if (request.status !== 'awaiting_approval')
      throw new DomainError(
        'conflict',
        `a preview is shown before approval; this request is ${request.status}`,
      );
    // Access is previewed too: each system then says it changes nothing, which an officer may want to see.
    if (!REQUEST_TYPE_RULES[request.type].fansOut)
      throw new DomainError(
        'conflict',
        `an ${request.type} request changes nothing: there is nothing to preview`,
      );
    const identities: IdentityRecord = {
      ...request.identities,
      ...(request.email === null ? {} : { email: [request.email] }),
    };
    const systems = (await this.records.list(this.dataSource.manager)).filter(
      (system) => system.enabled && system.actions.includes(request.type),
    );
    const providers = (kind: (typeof systems)[number]) =>
      (
        this.connectors.connectorFor(kind.kind) as
          { provides?: (s: Record<string, unknown>) => IdentityType[] } | undefined
      )?.provides?.(kind.settings).length ?? 0;
    systems.sort((a, b) => providers(b) - providers(a));
    const results: ConnectorPreview[] = [];
    for (const system of systems) {
      const connector = this.connectors.connectorFor(system.kind);
      const base = { systemId: system.id, systemName: system.name, tables: [] };
      if (!connector?.preview) {
        results.push({
          ...base,
          supported: false,
          note: `a ${system.kind} system is not previewed`,
        });
        continue;
      }
      const searchable = system.identityTypes.some((type) => (identities[type] ?? []).length > 0);
      if (!searchable) {
        results.push({
          ...base,
          supported: false,
          note: `needs ${system.identityTypes.join(', ')}, not known yet`,
        });
        continue;
      }
      const context = {
        requestId,
        action: request.type,
        identities,
        corrections: request.corrections ?? [],
        dueAt: request.dueAt,
        attempt: 0,
        system,
      };
      const { providedIdentities, ...preview } = await connector
        .preview(context)
        .catch((error: Error): ConnectorPreview => ({
          ...base,
          supported: false,
          note: `preview failed: ${error.message}`,
        }));
      for (const [type, values] of Object.entries(providedIdentities ?? {}))
        identities[type as IdentityType] = [
          ...new Set([...(identities[type as IdentityType] ?? []), ...(values ?? [])]),
        ];
      results.push(preview);
    }
    return { requestId, action: request.type, systems: results };
  }
}
