import { DataSource } from 'typeorm';
import { appendAuditEvent, SYSTEM_ACTOR, SystemEntity } from '@dsar/persistence';
import { SecretBox } from '@dsar/security';
import { resealSecrets } from './secret-settings.js';

export class KeyRotationError extends Error {}

/**
 * Re-seals every secret of every system from the old APP_SECRET's key to the new one, in one
 * transaction: all or nothing. Values already under the new key are left alone, so a re-run after
 * an interruption is harmless.
 */
export async function rotateSettingsKey(
  dataSource: DataSource,
  oldAppSecret: string,
  newAppSecret: string,
): Promise<{ systems: number; resealed: number }> {
  const from = new SecretBox(oldAppSecret);
  const to = new SecretBox(newAppSecret);
  if (from.keyId === to.keyId)
    throw new KeyRotationError('the old and the new secret are the same');
  return dataSource.transaction(async (manager) => {
    const systems = await manager.find(SystemEntity, { lock: { mode: 'pessimistic_write' } });
    let resealed = 0;
    let touched = 0;
    for (const system of systems) {
      let next;
      try {
        next = resealSecrets(from, to, system.settings);
      } catch (error) {
        throw new KeyRotationError(
          `system ${system.id}: ${(error as Error).message}; nothing was changed`,
        );
      }
      if (next.resealed === 0) continue;
      system.settings = next.settings;
      await manager.save(system);
      resealed += next.resealed;
      touched++;
    }
    await appendAuditEvent(manager, {
      requestId: null,
      actor: SYSTEM_ACTOR,
      action: 'systems.key_rotated',
      data: { keyId: to.keyId, systems: touched, resealed },
    });
    return { systems: touched, resealed };
  });
}
