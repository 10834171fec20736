import {
  IDENTITY_TYPES,
  isIdentityType,
  type IdentityRecord,
  type IdentityType,
} from './identity-types.model.js';
import { normaliseIdentity } from './identity.normaliser.js';

/**
 * Identities by type: normalised, unique, read back sorted. Values that do not normalise and
 * unknown types are left out (use normaliseIdentity first to tell the sender why).
 */
export class IdentitySet {
  private readonly values = new Map<IdentityType, Set<string>>();

  /** From a stored or provided record (`{email: [...], phone: [...]}`); null is empty. */
  static from(record: Readonly<Record<string, readonly unknown[] | undefined>> | null | undefined) {
    const set = new IdentitySet();
    for (const [type, values] of Object.entries(record ?? {})) {
      if (!isIdentityType(type) || !Array.isArray(values)) continue;
      for (const value of values) set.add(type, value);
    }
    return set;
  }

  /** Adds a value once normalised; true when it was valid and new. */
  add(type: IdentityType, raw: unknown): boolean {
    const normalised = normaliseIdentity(type, raw);
    if (!normalised.ok) return false;
    const values = this.values.get(type) ?? new Set<string>();
    if (values.has(normalised.value)) return false;
    values.add(normalised.value);
    this.values.set(type, values);
    return true;
  }

  /** Adds every value of `other` to this set; returns this set. */
  merge(other: IdentitySet): this {
    for (const [type, values] of other.values) for (const value of values) this.add(type, value);
    return this;
  }

  /** The values of a type, sorted. */
  get(type: IdentityType): string[] {
    return [...(this.values.get(type) ?? [])].sort();
  }

  has(type: IdentityType, value?: string): boolean {
    const values = this.values.get(type);
    if (value === undefined) return (values?.size ?? 0) > 0;
    const normalised = normaliseIdentity(type, value);
    return normalised.ok && (values?.has(normalised.value) ?? false);
  }

  /** The types holding at least one value, in IDENTITY_TYPES order. */
  types(): IdentityType[] {
    return IDENTITY_TYPES.filter((type) => this.has(type));
  }

  /** How many values in all. */
  get size(): number {
    let size = 0;
    for (const values of this.values.values()) size += values.size;
    return size;
  }

  isEmpty(): boolean {
    return this.size === 0;
  }

  /** Types in IDENTITY_TYPES order, values sorted; types without values left out. */
  toJSON(): IdentityRecord {
    return Object.fromEntries(this.types().map((type) => [type, this.get(type)]));
  }
}
