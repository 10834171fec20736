import {
  IDENTITY_TYPES,
  type IdentityRecord,
  type IdentityType,
} from '../identities/identity-types.model.js';

/** What a recipient received from one source system, as the registry records the system. */
export interface RecipientSource {
  /** The identity types the system keys its data by. */
  identityTypes: readonly string[];
  /** The data categories the system holds (e.g. `user.contact.phone`). */
  categories: readonly string[];
}

export interface Correction {
  field: string;
  value: string;
}

/**
 * A value an earlier rectification of the same person put in place of older ones (`from`), and
 * whether this recipient was told the new value then (its notice carried that correction).
 */
export interface EarlierCorrection {
  field: string;
  from: readonly string[];
  to: string;
  toldThisRecipient: boolean;
}

export interface RecipientDisclosure {
  identities: IdentityRecord;
  corrections: Correction[];
}

/** A correction's category is held by a source when it is the category or a parent of it. */
const holds = (sources: readonly RecipientSource[], field: string) =>
  sources.some((source) =>
    source.categories.some((category) => field === category || field.startsWith(`${category}.`)),
  );

/**
 * GDPR Art. 19 asks the controller to tell each recipient about an erasure or rectification;
 * Art. 5(1)(c) (data minimisation) limits what that notice may disclose. A recipient is told
 * only the identity types of the systems it received data from, and only the corrections of
 * categories those systems hold. A corrected value is never disclosed as an identity to a
 * recipient that did not receive that field (after a rectification of the e-mail, a recipient
 * of cookie ids learns no e-mail at all, neither old nor new). And a recipient is never told a
 * value it does not already hold: after an earlier rectification it was not told of, a later
 * notice identifies the person by the old value it received, not the new one (`earlier`).
 */
export function recipientDisclosure(
  sources: readonly RecipientSource[],
  identities: Partial<Record<string, readonly string[]>>,
  corrections: readonly Correction[],
  earlier: readonly EarlierCorrection[] = [],
): RecipientDisclosure {
  const types = new Set(sources.flatMap((source) => source.identityTypes));
  const shown = corrections.filter((correction) => holds(sources, correction.field));
  const withheld = new Set(
    corrections
      .filter((correction) => !holds(sources, correction.field))
      .map((correction) => correction.value.trim().toLowerCase()),
  );
  const key = (value: string) => value.trim().toLowerCase();
  // New values this recipient never received, each with the older values it does hold.
  const unknownToIt = new Map<string, readonly string[]>();
  for (const correction of earlier)
    if (!correction.toldThisRecipient) unknownToIt.set(key(correction.to), correction.from);
  const disclosed: Partial<Record<IdentityType, string[]>> = {};
  for (const type of IDENTITY_TYPES) {
    if (!types.has(type)) continue;
    const values = new Map<string, string>();
    for (const value of identities[type] ?? []) {
      if (withheld.has(key(value))) continue;
      const older = unknownToIt.get(key(value));
      for (const shown of older ?? [value])
        if (!withheld.has(key(shown)) && !unknownToIt.has(key(shown)))
          values.set(key(shown), shown);
    }
    if (values.size) disclosed[type] = [...values.values()];
  }
  return { identities: disclosed, corrections: shown };
}
