import type { IdentityType } from '@dsar/domain';

export interface PlannableSystem {
  id: string;
  name: string;
  /** The identity types the system is searched by. */
  identityTypes: readonly IdentityType[];
  /** The identity types it yields for later stages (`provides` in a map). */
  provides: readonly IdentityType[];
  supportsAction: boolean;
}

export type PlannedTask =
  | { systemId: string; stage: number; skipReason?: undefined }
  | { systemId: string; stage: number; skipReason: string };

/**
 * Puts each system in a stage. A system runs once one of its identity types is available, and
 * after every system that provides one of its types, so it is searched with every key there will
 * be. Providers that depend on each other (a cycle) run together rather than never. A system
 * whose types nobody can provide is skipped with that reason; so is one without the action.
 */
export function planStages(
  systems: readonly PlannableSystem[],
  initial: readonly IdentityType[],
): PlannedTask[] {
  const planned: PlannedTask[] = [];
  const waiting = new Map<string, PlannableSystem>();
  for (const system of systems) {
    if (!system.supportsAction)
      planned.push({
        systemId: system.id,
        stage: 0,
        skipReason: 'the system does not support this action',
      });
    else waiting.set(system.id, system);
  }
  const available = new Set<IdentityType>(initial);
  const providers = (type: IdentityType, self: string) =>
    [...waiting.values()].filter((other) => other.id !== self && other.provides.includes(type));
  const reachable = (system: PlannableSystem) =>
    system.identityTypes.some((type) => available.has(type));

  for (let stage = 0; waiting.size > 0; stage += 1) {
    const candidates = [...waiting.values()].filter(reachable);
    // Strict: nobody still waiting provides any of its types; otherwise fall back to break a cycle.
    const strict = candidates.filter((system) =>
      system.identityTypes.every((type) => providers(type, system.id).length === 0),
    );
    const ready = strict.length > 0 ? strict : candidates;
    if (ready.length === 0) break;
    for (const system of ready) {
      waiting.delete(system.id);
      planned.push({ systemId: system.id, stage });
    }
    for (const system of ready) for (const type of system.provides) available.add(type);
  }
  for (const system of waiting.values()) {
    const stage = planned.reduce((max, task) => Math.max(max, task.stage), 0);
    planned.push({
      systemId: system.id,
      stage,
      skipReason: noProviderReason(system.identityTypes),
    });
  }
  return planned;
}

/** At planning: no registered system can provide any of the types the system is searched by. */
export function noProviderReason(types: readonly IdentityType[]): string {
  return `no registered system provides an identity of type ${types.join(' or ')}`;
}

/** At run time: the providers ran, but none of them found such an identity for this subject. */
export function missingKeysReason(types: readonly IdentityType[]): string {
  return `no identity of type ${types.join(' or ')} was found for this subject`;
}

/** The search keys a system gets: only the types it is searched by, only values we hold. */
export function searchKeys(
  identityTypes: readonly IdentityType[],
  identities: Partial<Record<IdentityType, string[]>>,
): Partial<Record<IdentityType, string[]>> {
  const keys: Partial<Record<IdentityType, string[]>> = {};
  for (const type of identityTypes) {
    const values = identities[type];
    if (values?.length) keys[type] = [...values];
  }
  return keys;
}
