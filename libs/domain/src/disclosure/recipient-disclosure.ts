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
 * of cookie ids learns no e-mail at all, neither old nor new).
 */
export function recipientDisclosure(
  sources: readonly RecipientSource[],
  identities: Partial<Record<string, readonly string[]>>,
  corrections: readonly Correction[],
): RecipientDisclosure {
  const types = new Set(sources.flatMap((source) => source.identityTypes));
  const shown = corrections.filter((correction) => holds(sources, correction.field));
  const withheld = new Set(
    corrections
      .filter((correction) => !holds(sources, correction.field))
      .map((correction) => correction.value.trim().toLowerCase()),
  );
  const disclosed: Partial<Record<IdentityType, string[]>> = {};
  for (const type of IDENTITY_TYPES) {
    if (!types.has(type)) continue;
    const values = (identities[type] ?? []).filter(
      (value) => !withheld.has(value.trim().toLowerCase()),
    );
    if (values.length) disclosed[type] = [...values];
  }
  return { identities: disclosed, corrections: shown };
}
