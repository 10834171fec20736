import { randomUUID } from 'node:crypto';
import type { FanoutSystem, FanoutSystemSource } from '@dsar/fanout';
import type { SystemStore } from '@dsar/notices';

/**
 * The systems registry for these tests, in memory: it serves the fan-out (FanoutSystemSource) and
 * the webhook code (SystemStore) the way libs/systems will over the `systems` table.
 */
export class TestRegistry implements FanoutSystemSource, SystemStore {
  readonly systems = new Map<string, FanoutSystem>();

  add(
    name: string,
    kind: FanoutSystem['kind'],
    settings: Record<string, unknown>,
    extra: Partial<FanoutSystem> = {},
  ): FanoutSystem {
    const system: FanoutSystem = {
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
  only(...keep: FanoutSystem[]): void {
    for (const system of this.systems.values())
      system.enabled = keep.some((kept) => kept.id === system.id);
  }

  async list(): Promise<FanoutSystem[]> {
    return [...this.systems.values()].map((system) => ({
      ...system,
      settings: { ...system.settings },
    }));
  }

  async get(_manager: unknown, id: string): Promise<FanoutSystem | null> {
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
