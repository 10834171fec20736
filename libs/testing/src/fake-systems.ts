import { randomUUID } from 'node:crypto';
import { ConnectorRegistry, SystemRecords, type Connector, type SystemRecord } from '@dsar/systems';
import type { Fakes } from './test-stack.js';

/**
 * Systems held in memory in place of the `systems` table: a test adds them and changes them
 * directly. Reads return copies, as rows read twice would be.
 */
export class InMemorySystems {
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

  /** Only these systems take part in the next requests. */
  only(...keep: SystemRecord[]): void {
    for (const system of this.systems.values())
      system.enabled = keep.some((kept) => kept.id === system.id);
  }

  async list(): Promise<SystemRecord[]> {
    return [...this.systems.values()].map(copy);
  }

  async get(_manager: unknown, id: string): Promise<SystemRecord | null> {
    const system = this.systems.get(id);
    return system ? copy(system) : null;
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

const copy = (system: SystemRecord): SystemRecord => ({
  ...system,
  settings: { ...system.settings },
});

/** The registry with `fakes` for their kinds; ConnectedSystemsModule registers every other kind. */
class RegistryWithFakes extends ConnectorRegistry {
  private readonly faked: Set<string>;

  constructor(fakes: Connector[]) {
    super();
    this.faked = new Set(fakes.map((fake) => fake.kind));
    for (const fake of fakes) super.register(fake);
  }

  override register(connector: Connector): this {
    return this.faked.has(connector.kind) ? this : super.register(connector);
  }
}

/**
 * The fakes of a test of connected systems: SystemRecords read `systems`, and the registry runs
 * `connectors` for their kinds (a third party's cloud, or a company database the test owns).
 */
export function fakeSystems(systems: InMemorySystems, connectors: Connector[] = []): Fakes {
  return (root) =>
    root
      .overrideProvider(SystemRecords)
      .useValue(systems)
      .overrideProvider(ConnectorRegistry)
      // One registry per context: each one's ConnectedSystemsModule fills its own.
      .useFactory({ factory: () => new RegistryWithFakes(connectors) });
}
