import type { IdentityType } from '@dsar/domain';

export interface PlannableSystem {
  id: string;
  name: string;
  /** The identity types the system is searched by. */
  identityTypes: readonly IdentityType[];
  /** The identity types it yields for later stages (`provides` in a map). */
  provides: readonly IdentityType[];
  supportsAction: boolean;
  /** Within the request's scope (an objection's systems); outside it a system gets no task. */
  takesPart?: boolean;
}

export type PlannedTask =
  | { systemId: string; stage: number; lookupOnly?: boolean; skipReason?: undefined }
  | { systemId: string; stage: number; lookupOnly?: undefined; skipReason: string };

/** Why a lookup-only task exists (its note for staff and the audit). */
export const LOOKUP_ONLY_NOTE =
  'identity lookup only: searched for the identities later systems need; nothing changed here';

/**
 * Puts each system in a stage. A system runs once one of its identity types is available, and
 * after every system that provides one of its types, so it is searched with every key there will
 * be. Providers that depend on each other (a cycle) run together rather than never. A system
 * whose types nobody can provide is skipped with that reason; so is one without the action.
 *
 * A system that does not take the action (or is outside the request's scope) but provides a type
 * an acting system is searched by runs as a lookup-only task: searched, it yields those
 * identities and changes nothing (an e-mail-only opt-out reaches partners keyed by cookie id).
 */
export function planStages(
  systems: readonly PlannableSystem[],
  initial: readonly IdentityType[],
): PlannedTask[] {
  const acts = (system: PlannableSystem) => system.supportsAction && system.takesPart !== false;
  const lookups = lookupProviders(
    systems.filter(acts),
    systems.filter((s) => !acts(s)),
    initial,
  );
  const planned: PlannedTask[] = [];
  const waiting = new Map<string, PlannableSystem>();
  for (const system of systems) {
    if (acts(system) || lookups.has(system.id)) waiting.set(system.id, system);
    else if (system.takesPart !== false)
      planned.push({
        systemId: system.id,
        stage: 0,
        skipReason: 'the system does not support this action',
      });
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
      planned.push(
        lookups.has(system.id)
          ? { systemId: system.id, stage, lookupOnly: true }
          : { systemId: system.id, stage },
      );
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

/**
 * The non-acting systems worth a lookup. Backwards: one that provides a type an acting system (or
 * a lookup already chosen) is searched by and the request did not bring. Then forwards: only those
 * that can be searched with what the request brings or the planned systems provide.
 */
function lookupProviders(
  acting: readonly PlannableSystem[],
  others: readonly PlannableSystem[],
  initial: readonly IdentityType[],
): Set<string> {
  const helpful = new Map<string, PlannableSystem>();
  for (let grew = true; grew;) {
    grew = false;
    const needed = new Set(
      [...acting, ...helpful.values()].flatMap((system) => system.identityTypes),
    );
    for (const type of initial) needed.delete(type);
    for (const system of others)
      if (!helpful.has(system.id) && system.provides.some((type) => needed.has(type))) {
        helpful.set(system.id, system);
        grew = true;
      }
  }
  const chosen = new Set<string>();
  const available = new Set([...initial, ...acting.flatMap((system) => system.provides)]);
  for (let grew = true; grew;) {
    grew = false;
    for (const system of helpful.values())
      if (!chosen.has(system.id) && system.identityTypes.some((type) => available.has(type))) {
        chosen.add(system.id);
        for (const type of system.provides) available.add(type);
        grew = true;
      }
  }
  return chosen;
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
