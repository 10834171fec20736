import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { isIdentityType, type IdentityType } from './identity-types.model.js';

export const MAX_IDENTITY_LENGTH = 256;

export type IdentityErrorCode =
  'unknown_type' | 'not_text' | 'empty' | 'too_long' | 'invalid_email' | 'invalid_phone';

export interface IdentityError {
  code: IdentityErrorCode;
  /** Completes "<field> …": "must be an e-mail address". */
  message: string;
}

export type NormalisedIdentity = { ok: true; value: string } | { ok: false; error: IdentityError };

/** Plausible, not RFC-complete: one @, no spaces, a dotted domain without empty labels. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

const fail = (code: IdentityErrorCode, message: string): NormalisedIdentity => ({
  ok: false,
  error: { code, message },
});

function normaliseEmail(value: string): NormalisedIdentity {
  const email = value.toLowerCase();
  return EMAIL.test(email)
    ? { ok: true, value: email }
    : fail('invalid_email', 'must be an e-mail address');
}

function normalisePhone(value: string): NormalisedIdentity {
  const phone = parsePhoneNumberFromString(value);
  return phone?.isValid()
    ? { ok: true, value: phone.number }
    : fail('invalid_phone', 'must be a valid phone number in international form (+country code)');
}

/**
 * The canonical form of an identity, or why there is none: e-mail trimmed and lower-cased,
 * phone in E.164, every other type trimmed. All non-empty and at most 256 characters.
 * Numbers are accepted as text (a numeric user id).
 */
export function normaliseIdentity(type: IdentityType, raw: unknown): NormalisedIdentity {
  if (!isIdentityType(type)) return fail('unknown_type', `is not an identity type`);
  if (typeof raw === 'number' && !Number.isFinite(raw)) return fail('not_text', 'must be text');
  if (typeof raw !== 'string' && typeof raw !== 'number') return fail('not_text', 'must be text');
  const value = String(raw).trim();
  if (!value) return fail('empty', 'must not be empty');
  if (value.length > MAX_IDENTITY_LENGTH) {
    return fail('too_long', `must be at most ${MAX_IDENTITY_LENGTH} characters`);
  }
  if (type === 'email') return normaliseEmail(value);
  if (type === 'phone') return normalisePhone(value);
  return { ok: true, value };
}
