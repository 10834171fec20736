import { parsePhoneNumberFromString } from 'libphonenumber-js';

export const IDENTITY_TYPES = [
  'email',
  'phone',
  'user_id',
  'analytics_client_id',
  'cookie_id',
  'google_sub',
] as const;
export type IdentityType = (typeof IDENTITY_TYPES)[number];

export type NormalisedIdentity = { ok: true; value: string } | { ok: false; message: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isIdentityType(value: unknown): value is IdentityType {
  return typeof value === 'string' && (IDENTITY_TYPES as readonly string[]).includes(value);
}

/** E-mail trimmed and lower-cased; phone in E.164; others trimmed, non-empty, at most 256 chars. */
export function normaliseIdentity(type: IdentityType, raw: unknown): NormalisedIdentity {
  if (typeof raw !== 'string' && typeof raw !== 'number')
    return { ok: false, message: 'must be a string' };
  const value = String(raw).trim();
  if (!value) return { ok: false, message: 'must not be empty' };
  if (value.length > 256) return { ok: false, message: 'must be at most 256 characters' };
  if (type === 'email') {
    const email = value.toLowerCase();
    return EMAIL.test(email)
      ? { ok: true, value: email }
      : { ok: false, message: 'must be an e-mail address' };
  }
  if (type === 'phone') {
    const phone = parsePhoneNumberFromString(value);
    return phone?.isValid()
      ? { ok: true, value: phone.number }
      : { ok: false, message: 'must be a phone number in international form' };
  }
  return { ok: true, value };
}

/** Identities by type: sorted, unique, normalised values. */
export class IdentitySet {
  private readonly values = new Map<IdentityType, Set<string>>();

  static from(record: Partial<Record<string, readonly unknown[]>> | null | undefined): IdentitySet {
    const set = new IdentitySet();
    for (const [type, values] of Object.entries(record ?? {})) {
      if (!isIdentityType(type)) continue;
      for (const value of values ?? []) set.add(type, value);
    }
    return set;
  }

  /** Adds a value when it normalises; returns whether it was new. */
  add(type: IdentityType, raw: unknown): boolean {
    const normalised = normaliseIdentity(type, raw);
    if (!normalised.ok) return false;
    const values = this.values.get(type) ?? new Set<string>();
    const isNew = !values.has(normalised.value);
    values.add(normalised.value);
    this.values.set(type, values);
    return isNew;
  }

  merge(other: IdentitySet): IdentitySet {
    for (const [type, values] of other.values) for (const value of values) this.add(type, value);
    return this;
  }

  get(type: IdentityType): string[] {
    return [...(this.values.get(type) ?? [])].sort();
  }

  has(type: IdentityType): boolean {
    return (this.values.get(type)?.size ?? 0) > 0;
  }

  types(): IdentityType[] {
    return IDENTITY_TYPES.filter((type) => this.has(type));
  }

  isEmpty(): boolean {
    return this.types().length === 0;
  }

  toJSON(): Partial<Record<IdentityType, string[]>> {
    return Object.fromEntries(this.types().map((type) => [type, this.get(type)]));
  }
}
