import type { EntityManager } from 'typeorm';
import { processorDisclosure, type ProcessorDisclosure } from '@dsar/domain';
import { earlierCorrections } from '@dsar/notices';
import type { RequestEntity } from '@dsar/persistence';
import type { SystemRecord } from '@dsar/systems';

/**
 * What a processor's mail may say of the person (Art. 5(1)(c), the Art. 19 rule): only the
 * identity types and categories its system lists, and never a value it does not hold — after an
 * earlier rectification that was not mailed to it, the old value.
 */
export async function disclosedToProcessor(
  manager: EntityManager,
  request: RequestEntity,
  system: SystemRecord,
): Promise<ProcessorDisclosure> {
  const earlier = await earlierCorrections(manager, request);
  return processorDisclosure(
    system,
    {
      identities: request.identities ?? {},
      corrections: request.corrections ?? [],
      name: request.name,
    },
    earlier.map(({ field, from, to, mailedSystems }) => ({
      field,
      from,
      to,
      mailedThisProcessor: mailedSystems.has(system.id),
    })),
  );
}

/** The language the processor's contact reads, from the registry (`settings.language`). */
export function processorLanguage(system: SystemRecord): string | null {
  return typeof system.settings.language === 'string' ? system.settings.language : null;
}
