import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { appendAuditEvent, SYSTEM_ACTOR, SystemEntity } from '@dsar/persistence';
import { openSecrets, sealSecrets } from './secret-settings.js';
import { systemRecord, type SystemRecord } from './system-record.js';
import { SystemsService } from './systems.service.js';

/**
 * The registry as the fan-out, the connectors, webhooks and notices read it (settings decrypted),
 * inside the caller's transaction.
 */
@Injectable()
export class SystemRecords {
  constructor(private readonly systems: SystemsService) {}

  async list(manager: EntityManager): Promise<SystemRecord[]> {
    const rows = await manager.find(SystemEntity, { order: { name: 'ASC' } });
    return rows.map((row) => this.descriptor(row));
  }

  async get(manager: EntityManager, id: string): Promise<SystemRecord | null> {
    const row = await manager.findOneBy(SystemEntity, { id });
    return row ? this.descriptor(row) : null;
  }

  /** Merges into the settings (secret names are sealed by the registry). */
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

  /** 410 Gone: the system stops receiving work until staff enable it again. */
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

  private descriptor(row: SystemEntity): SystemRecord {
    return systemRecord(
      row,
      openSecrets(this.systems.box, row.settings, this.systems.secretNames(row.kind)),
    );
  }
}
