import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@dsar/domain';
import { appendAuditEvent, type Actor } from '@dsar/persistence';
import { generateWebhookSecret } from '../signing/webhook-signing.js';
import { SystemRecords } from '@dsar/systems';

/** How long the previous secret keeps signing and verifying after a rotation. */
export const ROTATION_OVERLAP_HOURS = 24;

export interface RotatedSecret {
  systemId: string;
  /** Shown once; only the sealed form is stored. */
  secret: string;
  previousSecretValidUntil: string;
}

/**
 * Rotation: a new secret becomes current and the old one keeps signing alongside it until the
 * overlap ends, so a receiver can switch at its own pace without one refused message.
 */
@Injectable()
export class WebhookSecrets {
  constructor(
    private readonly dataSource: DataSource,
    private readonly systems: SystemRecords,
  ) {}

  async rotate(systemId: string, actor: Actor, now: Date = new Date()): Promise<RotatedSecret> {
    return this.dataSource.transaction(async (manager) => {
      const system = await this.systems.get(manager, systemId);
      if (!system) throw new DomainError('not_found', `No system with id ${systemId}`);
      if (system.kind !== 'webhook') {
        throw new DomainError(
          'conflict',
          `A ${system.kind} system has no signing secret to rotate`,
        );
      }
      const secret = generateWebhookSecret();
      const until = new Date(now.getTime() + ROTATION_OVERLAP_HOURS * 3600 * 1000).toISOString();
      await this.systems.updateSettings(manager, systemId, {
        secret,
        ...(typeof system.settings.secret === 'string'
          ? { previousSecret: system.settings.secret, previousSecretUntil: until }
          : {}),
      });
      await appendAuditEvent(manager, {
        requestId: null,
        actor,
        action: 'system_secret_rotated',
        data: { systemId, previousSecretValidUntil: until },
      });
      return { systemId, secret, previousSecretValidUntil: until };
    });
  }
}
