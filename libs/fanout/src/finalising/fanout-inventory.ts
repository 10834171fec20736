import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { systemFacts, type InventoryFacts, type SystemFacts } from '@dsar/packages';
import { SystemInventory } from '@dsar/requests';
import { SystemRecords } from '@dsar/systems';

/** The access answer's facts of each system, read from the registry the fan-out uses. */
@Injectable()
export class FanoutInventory implements SystemInventory {
  constructor(private readonly systems: SystemRecords) {}

  async factsOf(manager: EntityManager, systemIds: readonly string[]): Promise<InventoryFacts> {
    const facts = new Map<string, SystemFacts>();
    for (const id of systemIds) {
      const system = await this.systems.get(manager, id);
      if (system) facts.set(id, systemFacts(system));
    }
    return facts;
  }
}
