/** The identities a signal carries, by type. */
export type SignalIdentities = Readonly<Record<string, readonly string[] | undefined>>;

/** How many identity sets one process remembers: a few MB at most, whatever the traffic. */
export const STANDING_SIGNALS_CAPACITY = 20_000;

/**
 * The identity sets whose GPC opt-out stands in full, with the reference each is answered
 * with: a repeat of such a signal (a site forwards one on every page view) is answered from
 * memory, without a round trip. Only facts Postgres never changes are kept: once every identity
 * of a set is remembered under a request, its opt-out rows are neither updated nor deleted and no
 * row can be added for those identities, so the answer the database would give never changes.
 * A set with any identity not yet remembered is a different key and goes to the database.
 * The least recently used set goes first once `capacity` is reached.
 */
export class StandingSignals {
  private readonly references = new Map<string, string>();

  constructor(private readonly capacity = STANDING_SIGNALS_CAPACITY) {}

  /** The reference a signal with exactly these identities is answered with, if it stands. */
  referenceFor(identities: SignalIdentities): string | undefined {
    const key = identitySetKey(identities);
    const reference = this.references.get(key);
    if (reference !== undefined) {
      // Map keeps insertion order: re-inserting makes this set the most recently used.
      this.references.delete(key);
      this.references.set(key, reference);
    }
    return reference;
  }

  /** Remembers that every identity here stands opted out under `reference`. */
  remember(identities: SignalIdentities, reference: string): void {
    const key = identitySetKey(identities);
    this.references.delete(key);
    this.references.set(key, reference);
    if (this.references.size > this.capacity) {
      this.references.delete(this.references.keys().next().value!);
    }
  }

  get size(): number {
    return this.references.size;
  }
}

/** One text per identity set, whatever the order of types and values or their repeats. */
export function identitySetKey(identities: SignalIdentities): string {
  const pairs = new Set<string>();
  for (const [type, values] of Object.entries(identities)) {
    for (const value of values ?? []) pairs.add(JSON.stringify([type, value]));
  }
  return [...pairs].sort().join('\n');
}
