import { describe, expect, it } from '@jest/globals';
import { IdentitySet, normaliseIdentity } from './identities.js';

describe('normaliseIdentity', () => {
  it('trims and lower-cases e-mail addresses and refuses non-addresses', () => {
    expect(normaliseIdentity('email', '  Ada@Example.COM ')).toEqual({
      ok: true,
      value: 'ada@example.com',
    });
    expect(normaliseIdentity('email', 'ada at example')).toMatchObject({ ok: false });
  });

  it('writes phone numbers in E.164', () => {
    expect(normaliseIdentity('phone', '+44 20 7946 0958')).toEqual({
      ok: true,
      value: '+442079460958',
    });
    expect(normaliseIdentity('phone', '+1 (415) 555-2671')).toEqual({
      ok: true,
      value: '+14155552671',
    });
    expect(normaliseIdentity('phone', '12')).toMatchObject({ ok: false });
  });

  it('trims other identities and refuses empty or huge ones', () => {
    expect(normaliseIdentity('analytics_client_id', ' 123.456 ')).toEqual({
      ok: true,
      value: '123.456',
    });
    expect(normaliseIdentity('user_id', 42)).toEqual({ ok: true, value: '42' });
    expect(normaliseIdentity('cookie_id', '   ')).toMatchObject({ ok: false });
    expect(normaliseIdentity('cookie_id', 'x'.repeat(257))).toMatchObject({ ok: false });
    expect(normaliseIdentity('google_sub', null)).toMatchObject({ ok: false });
  });
});

describe('IdentitySet', () => {
  it('keeps sorted unique normalised values per type and merges', () => {
    const set = IdentitySet.from({ email: ['B@x.io', 'a@x.io', 'b@x.io'], unknown_type: ['x'] });
    expect(set.toJSON()).toEqual({ email: ['a@x.io', 'b@x.io'] });
    const other = IdentitySet.from({ user_id: ['7'], email: ['c@x.io'] });
    expect(set.merge(other).toJSON()).toEqual({
      email: ['a@x.io', 'b@x.io', 'c@x.io'],
      user_id: ['7'],
    });
    expect(set.add('user_id', '7')).toBe(false);
    expect(set.add('user_id', '8')).toBe(true);
    expect(set.types()).toEqual(['email', 'user_id']);
    expect(new IdentitySet().isEmpty()).toBe(true);
  });
});
