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
export const holdsCategory = (sources: readonly RecipientSource[], field: string) =>
  sources.some((source) =>
    source.categories.some((category) => field === category || field.startsWith(`${category}.`)),
  );
const holds = holdsCategory;

/**
 * GDPR Art. 19 asks the controller to tell each recipient about an erasure or rectification;
 * Art. 5(1)(c) (data minimisation) limits what that notice may disclose. A recipient is told
 * only the identity types of the systems it received data from, and only the corrections of
 * categories those systems hold. A corrected (new) value is never disclosed as an identity: the
 * recipient does not hold it yet, and one that received the field learns it from the correction
 * (after a rectification of the e-mail, a recipient of cookie ids learns no e-mail at all,
 * neither old nor new; a recipient of e-mails is named by the old one). And a recipient is never told a
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
  const withheld = new Set(corrections.map((correction) => correction.value.trim().toLowerCase()));
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

/** Whether the sources hold the person's name (`user.name` or a finer category of it). */
const holdsName = (sources: readonly RecipientSource[]) =>
  sources.some((source) =>
    source.categories.some((category) => category === 'user' || category.startsWith('user.name')),
  );

/** An earlier rectification as a processor saw it: whether its request was mailed to it. */
export interface EarlierProcessorCorrection extends Omit<EarlierCorrection, 'toldThisRecipient'> {
  mailedThisProcessor: boolean;
}

export interface ProcessorDisclosure extends RecipientDisclosure {
  /** The person's name, only for a processor whose system holds names. */
  name: string | null;
}

/**
 * A processor that gets a request by mail (Art. 28(3)(e)) is the same kind of reader as an
 * Art. 19 recipient: it is told only what its own system holds (Art. 5(1)(c)), by the one rule
 * above with its system as the source. It held an earlier rectification's new value only when
 * that request was mailed to it with the correction (its system holds the field); otherwise it
 * is named by the old value. The name is said only where its system lists names.
 */
export function processorDisclosure(
  system: RecipientSource,
  request: {
    identities: Partial<Record<string, readonly string[]>>;
    corrections: readonly Correction[];
    name: string | null;
  },
  earlier: readonly EarlierProcessorCorrection[] = [],
): ProcessorDisclosure {
  const told = recipientDisclosure(
    [system],
    request.identities,
    request.corrections,
    earlier.map(({ mailedThisProcessor, ...correction }) => ({
      ...correction,
      toldThisRecipient: mailedThisProcessor && holds([system], correction.field),
    })),
  );
  return { ...told, name: holdsName([system]) ? request.name : null };
}
