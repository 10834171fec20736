import { randomUUID } from 'node:crypto';
import type { SystemRecord } from '@dsar/systems';

/**
 * The systems registry for these tests, in memory: SystemRecords reads it in place of the
 * `systems` table (see ConnectedSystemsStack).
 */
export class TestRegistry {
  readonly systems = new Map<string, SystemRecord>();

  add(
    name: string,
    kind: SystemRecord['kind'],
    settings: Record<string, unknown>,
    extra: Partial<SystemRecord> = {},
  ): SystemRecord {
    const system: SystemRecord = {
      id: randomUUID(),
      name,
      kind,
      settings,
      identityTypes: ['email'],
      categories: ['user.contact'],
      purposes: ['newsletter'],
      legalBases: ['consent'],
      recipients: [],
      retention: 'until unsubscribed',
      source: null,
      transfers: [],
      automatedDecisions: null,
      enabled: true,
      actions: ['access', 'erasure', 'rectification'],
      ...extra,
    };
    this.systems.set(system.id, system);
    return system;
  }

  /** Only these systems take part in the next requests. */
  only(...keep: SystemRecord[]): void {
    for (const system of this.systems.values())
      system.enabled = keep.some((kept) => kept.id === system.id);
  }

  async list(): Promise<SystemRecord[]> {
    return [...this.systems.values()].map((system) => ({
      ...system,
      settings: { ...system.settings },
    }));
  }

  async get(_manager: unknown, id: string): Promise<SystemRecord | null> {
    const system = this.systems.get(id);
    return system ? { ...system, settings: { ...system.settings } } : null;
  }

  async updateSettings(
    _manager: unknown,
    id: string,
    patch: Record<string, unknown>,
  ): Promise<void> {
    const system = this.systems.get(id);
    if (system) system.settings = { ...system.settings, ...patch };
  }

  async disable(_manager: unknown, id: string): Promise<void> {
    const system = this.systems.get(id);
    if (system) system.enabled = false;
  }
}
