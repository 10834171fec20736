import { IDENTITY_TYPES, type IdentityRecord } from './identity-types.model.js';

/**
 * What staff look a subject up by in one system: the request's identities of the types that
 * system is searched by, in the closed order. Nothing else of the request is shown for the task.
 */
export function identitiesToUse(
  identities: Partial<Record<string, readonly string[]>> | null | undefined,
  systemTypes: readonly string[] | null | undefined,
): IdentityRecord {
  const wanted = new Set(systemTypes ?? []);
  const found: IdentityRecord = {};
  for (const type of IDENTITY_TYPES) {
    const values = identities?.[type];
    if (wanted.has(type) && values?.length) found[type] = [...values];
  }
  return found;
}
