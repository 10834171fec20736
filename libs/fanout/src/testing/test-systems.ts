import { randomUUID } from 'node:crypto';
import type { FanoutAdapters } from '../fanout.module.js';
import {
  connectorSource,
  FANOUT_CONNECTORS,
  FANOUT_SYSTEMS,
  type FanoutSystem,
  type FanoutSystemSource,
} from '../ports.js';
import type { SqlTestConnector, SqlTestSettings } from './sql-test-connector.js';

/** Systems for the engine's tests, held in memory (the registry lib owns the real table). */
export class TestSystems implements FanoutSystemSource {
  readonly systems = new Map<string, FanoutSystem>();

  add(name: string, settings: SqlTestSettings, extra: Partial<FanoutSystem> = {}): FanoutSystem {
    const system: FanoutSystem = {
      id: randomUUID(),
      name,
      kind: 'postgres',
      settings: settings as unknown as Record<string, unknown>,
      identityTypes: [settings.identityType],
      categories: ['user.contact'],
      purposes: ['service delivery'],
      legalBases: ['contract'],
      recipients: [{ name: 'Hosting provider' }],
      retention: 'while the account exists',
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

  async list(): Promise<FanoutSystem[]> {
    return [...this.systems.values()];
  }

  async get(_manager: unknown, id: string): Promise<FanoutSystem | null> {
    return this.systems.get(id) ?? null;
  }
}

export function testAdapters(systems: TestSystems, connector: SqlTestConnector): FanoutAdapters {
  return {
    providers: [
      { provide: FANOUT_SYSTEMS, useValue: systems },
      { provide: FANOUT_CONNECTORS, useValue: connectorSource([connector]) },
    ],
  };
}
