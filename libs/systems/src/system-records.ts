import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConnectorRegistry, type SystemKind } from '@dsar/connectors';
import type { IdentityType } from '@dsar/domain';
import type { FanoutSystem, FanoutSystemSource } from '@dsar/fanout';
import type { SystemStore } from '@dsar/notices';
import { appendAuditEvent, SYSTEM_ACTOR, SystemEntity } from '@dsar/persistence';
import { openSecrets, sealSecrets } from './secret-settings.js';
import { SystemsService } from './systems.service.js';

/**
 * The registry as the engine, webhooks and notices read it (settings decrypted), inside the
 * caller's transaction. Provided as FANOUT_SYSTEMS and SYSTEM_STORE.
 */
@Injectable()
export class SystemRecords implements FanoutSystemSource, SystemStore {
  constructor(
    private readonly systems: SystemsService,
    private readonly connectors: ConnectorRegistry,
  ) {}

  async list(manager: EntityManager): Promise<FanoutSystem[]> {
    const rows = await manager.find(SystemEntity, { order: { name: 'ASC' } });
    return rows.map((row) => this.descriptor(row));
  }

  async get(manager: EntityManager, id: string): Promise<FanoutSystem | null> {
    const row = await manager.findOneBy(SystemEntity, { id });
    return row ? this.descriptor(row) : null;
  }

  async updateSettings(
    manager: EntityManager,
    id: string,
    patch: Record<string, unknown>,
  ): Promise<void> {
    const row = await manager.findOneBy(SystemEntity, { id });
    if (!row) return;
    row.settings = sealSecrets(
      this.systems.box,
      { ...row.settings, ...patch },
      this.systems.secretNames(row.kind),
    );
    row.updatedAt = new Date();
    await manager.save(row);
  }

  async disable(manager: EntityManager, id: string, reason: string): Promise<void> {
    const changed = await manager.update(
      SystemEntity,
      { id, enabled: true },
      { enabled: false, updatedAt: new Date() },
    );
    if (changed.affected && manager.queryRunner?.isTransactionActive)
      await appendAuditEvent(manager, {
        requestId: null,
        actor: SYSTEM_ACTOR,
        action: 'system.disabled',
        reason,
        data: { systemId: id },
      });
  }

  private descriptor(row: SystemEntity): FanoutSystem {
    const secretNames = this.connectors.connectorFor(row.kind as SystemKind)?.secretSettings ?? [];
    return {
      id: row.id,
      name: row.name,
      kind: row.kind as SystemKind,
      enabled: row.enabled,
      settings: openSecrets(this.systems.box, row.settings, secretNames),
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
}
