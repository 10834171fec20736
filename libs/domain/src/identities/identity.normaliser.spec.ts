import { describe, expect, it } from '@jest/globals';
import { IDENTITY_TYPES, isIdentityType, type IdentityType } from './identity-types.model.js';
import { normaliseIdentity } from './identity.normaliser.js';

const errorCode = (type: IdentityType, raw: unknown) => {
  const result = normaliseIdentity(type, raw);
  return result.ok ? `ok:${result.value}` : result.error.code;
};

describe('normaliseIdentity: e-mail', () => {
  it('trims and lower-cases', () => {
    expect(normaliseIdentity('email', '  Ada.Lovelace+DSAR@Example.COM \n')).toEqual({
      ok: true,
      value: 'ada.lovelace+dsar@example.com',
    });
  });

  it.each([
    'ada at example.com',
    'ada@example',
    'ada@@example.com',
    '@example.com',
    'ada@',
    'a da@example.com',
    'ada@example..com',
    'ada@.example.com',
    'ada@example.com.',
  ])('refuses %j', (raw) => {
    expect(normaliseIdentity('email', raw)).toEqual({
      ok: false,
      error: { code: 'invalid_email', message: 'must be an e-mail address' },
    });
  });
});

describe('normaliseIdentity: phone', () => {
  it.each([
    ['+44 20 7946 0958', '+442079460958'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['  +49 30 901820  ', '+4930901820'],
    ['+33 6 12 34 56 78', '+33612345678'],
  ])('writes %j as %s', (raw, e164) => {
    expect(normaliseIdentity('phone', raw)).toEqual({ ok: true, value: e164 });
  });

  it.each([
    '12',
    '+44 20',
    '+999 1234 5678',
    'call me',
    '020 7946 0958', // no country code
    '+1 123 456 7890', // the right length, but no US area code starts with 1
  ])('refuses %j', (raw) => {
    expect(errorCode('phone', raw)).toBe('invalid_phone');
  });
});

describe('normaliseIdentity: other types', () => {
  it('trims the value and keeps its case', () => {
    expect(normaliseIdentity('analytics_client_id', ' 123.456 ')).toEqual({
      ok: true,
      value: '123.456',
    });
    expect(normaliseIdentity('google_sub', '10769150350006150715113082367')).toEqual({
      ok: true,
      value: '10769150350006150715113082367',
    });
    expect(normaliseIdentity('cookie_id', ' AbC-123 ')).toEqual({ ok: true, value: 'AbC-123' });
    expect(normaliseIdentity('user_id', 42)).toEqual({ ok: true, value: '42' });
  });

  it('accepts 256 characters and refuses 257', () => {
    expect(errorCode('cookie_id', 'x'.repeat(256))).toBe(`ok:${'x'.repeat(256)}`);
    expect(normaliseIdentity('cookie_id', 'x'.repeat(257))).toEqual({
      ok: false,
      error: { code: 'too_long', message: 'must be at most 256 characters' },
    });
    expect(errorCode('email', `${'a'.repeat(252)}@x.io`)).toBe('too_long');
  });

  it('refuses empty values, non-text and unknown types for every type', () => {
    for (const type of IDENTITY_TYPES) {
      expect(errorCode(type, '   ')).toBe('empty');
      expect(errorCode(type, '')).toBe('empty');
      expect(errorCode(type, null)).toBe('not_text');
      expect(errorCode(type, undefined)).toBe('not_text');
      expect(errorCode(type, { value: 'x' })).toBe('not_text');
      expect(errorCode(type, Number.NaN)).toBe('not_text');
    }
    expect(errorCode('passport' as IdentityType, 'X123')).toBe('unknown_type');
  });
});

describe('isIdentityType', () => {
  it('knows the closed list only', () => {
    expect(IDENTITY_TYPES.every(isIdentityType)).toBe(true);
    for (const value of ['Email', 'ip_address', '', null, 1])
      expect(isIdentityType(value)).toBe(false);
  });
});
