import { randomUUID } from 'node:crypto';
import type { Provider } from '@nestjs/common';
import {
  ConnectorRegistry,
  PermanentConnectorError,
  SYSTEM_KINDS,
  SystemRecords,
  type Connector,
  type SystemRecord,
} from '@dsar/systems';
import type { SqlTestConnector, SqlTestSettings } from './sql-test-connector.js';

/** Systems for the engine's tests, held in memory (the registry lib owns the real table). */
export class TestSystems {
  readonly systems = new Map<string, SystemRecord>();

  add(name: string, settings: SqlTestSettings, extra: Partial<SystemRecord> = {}): SystemRecord {
    const system: SystemRecord = {
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

  async list(): Promise<SystemRecord[]> {
    return [...this.systems.values()];
  }

  async get(_manager: unknown, id: string): Promise<SystemRecord | null> {
    return this.systems.get(id) ?? null;
  }
}

/** A connector for the kinds these tests never register a system of. */
function absentConnector(kind: SystemRecord['kind']): Connector {
  const refuse = async (): Promise<never> => {
    throw new PermanentConnectorError(`no ${kind} connector in the engine's tests`);
  };
  return { kind, secretSettings: [], validateSettings: () => [], test: refuse, execute: refuse };
}

/**
 * A root provider of a test context: the registry's SystemRecords read these systems and the
 * registry runs `connector` for the postgres kind (the other kinds refuse). Built with the
 * context's providers, before any worker starts.
 */
export function testRegistryProvider(systems: TestSystems, connector: SqlTestConnector): Provider {
  return {
    provide: TestSystems,
    inject: [SystemRecords, ConnectorRegistry],
    useFactory: (records: SystemRecords, connectors: ConnectorRegistry) => {
      Object.assign(records, {
        list: () => systems.list(),
        get: (manager: unknown, id: string) => systems.get(manager, id),
      });
      for (const kind of SYSTEM_KINDS) connectors.register(absentConnector(kind));
      connectors.register(connector);
      return systems;
    },
  };
}
