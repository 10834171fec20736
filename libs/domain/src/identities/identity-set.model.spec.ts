import { describe, expect, it } from '@jest/globals';
import { IdentitySet } from './identity-set.model.js';

describe('IdentitySet', () => {
  it('keeps normalised, unique, sorted values per type', () => {
    const set = IdentitySet.from({
      email: ['B@x.io', ' a@x.io', 'b@x.io '],
      phone: ['+44 20 7946 0958', '+442079460958'],
    });
    expect(set.get('email')).toEqual(['a@x.io', 'b@x.io']);
    expect(set.get('phone')).toEqual(['+442079460958']);
    expect(set.get('user_id')).toEqual([]);
    expect(set.size).toBe(3);
  });

  it('leaves out unknown types, invalid values and non-lists', () => {
    const set = IdentitySet.from({
      email: ['not an address', 'ok@x.io'],
      passport: ['X1'],
      user_id: 'not-a-list' as unknown as string[],
      cookie_id: undefined,
    });
    expect(set.toJSON()).toEqual({ email: ['ok@x.io'] });
  });

  it('reports whether add took a new valid value', () => {
    const set = new IdentitySet();
    expect(set.add('user_id', '7')).toBe(true);
    expect(set.add('user_id', ' 7 ')).toBe(false);
    expect(set.add('email', 'nope')).toBe(false);
    expect(set.add('email', 'Yes@X.io')).toBe(true);
    expect(set.has('email', 'yes@x.io')).toBe(true);
    expect(set.has('email', ' YES@x.io')).toBe(true);
    expect(set.has('email', 'no@x.io')).toBe(false);
    expect(set.has('phone')).toBe(false);
  });

  it('merges another set into itself', () => {
    const set = IdentitySet.from({ email: ['a@x.io'], user_id: ['9'] });
    const other = IdentitySet.from({ user_id: ['10', '9'], analytics_client_id: ['GA1.2.3'] });
    expect(set.merge(other)).toBe(set);
    expect(set.toJSON()).toEqual({
      email: ['a@x.io'],
      user_id: ['10', '9'],
      analytics_client_id: ['GA1.2.3'],
    });
    expect(other.toJSON()).toEqual({ user_id: ['10', '9'], analytics_client_id: ['GA1.2.3'] });
  });

  it('is empty until a value is added', () => {
    expect(new IdentitySet().isEmpty()).toBe(true);
    expect(IdentitySet.from(null).isEmpty()).toBe(true);
    expect(IdentitySet.from({ email: [] }).isEmpty()).toBe(true);
    expect(IdentitySet.from({ cookie_id: ['c1'] }).isEmpty()).toBe(false);
  });

  it('writes JSON with types in list order and survives a round trip', () => {
    const set = IdentitySet.from({ google_sub: ['s'], email: ['z@x.io', 'a@x.io'], phone: [] });
    expect(Object.keys(set.toJSON())).toEqual(['email', 'google_sub']);
    expect(set.types()).toEqual(['email', 'google_sub']);
    const copy = IdentitySet.from(JSON.parse(JSON.stringify(set)));
    expect(copy.toJSON()).toEqual({ email: ['a@x.io', 'z@x.io'], google_sub: ['s'] });
  });
});
