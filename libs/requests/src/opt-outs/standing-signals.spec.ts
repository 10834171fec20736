import { describe, expect, it } from '@jest/globals';
import { identitySetKey, StandingSignals } from './standing-signals.js';

describe('standing GPC signals', () => {
  it('answers a repeat of exactly the remembered identity set, in any order', () => {
    const standing = new StandingSignals();
    standing.remember({ cookie_id: ['b', 'a'], email: ['x@example.com'] }, 'REF-1');
    expect(standing.referenceFor({ email: ['x@example.com'], cookie_id: ['a', 'b', 'a'] })).toBe(
      'REF-1',
    );
  });

  it('sends a set with one more identity, or one fewer, to the database', () => {
    const standing = new StandingSignals();
    standing.remember({ cookie_id: ['a'] }, 'REF-1');
    expect(standing.referenceFor({ cookie_id: ['a'], email: ['x@example.com'] })).toBeUndefined();
    expect(standing.referenceFor({ cookie_id: ['a', 'b'] })).toBeUndefined();
    expect(standing.referenceFor({})).toBeUndefined();
  });

  it('keeps types apart: the same value under another type is another identity', () => {
    expect(identitySetKey({ cookie_id: ['x'] })).not.toBe(identitySetKey({ email: ['x'] }));
    // A separator inside a value cannot make two sets one key.
    expect(identitySetKey({ cookie_id: ['a\nb'] })).not.toBe(
      identitySetKey({ cookie_id: ['a', 'b'] }),
    );
  });

  it('holds at most its capacity, dropping the least recently used set', () => {
    const standing = new StandingSignals(2);
    standing.remember({ cookie_id: ['a'] }, 'A');
    standing.remember({ cookie_id: ['b'] }, 'B');
    expect(standing.referenceFor({ cookie_id: ['a'] })).toBe('A'); // a is now the most recent
    standing.remember({ cookie_id: ['c'] }, 'C');
    expect(standing.size).toBe(2);
    expect(standing.referenceFor({ cookie_id: ['b'] })).toBeUndefined();
    expect(standing.referenceFor({ cookie_id: ['a'] })).toBe('A');
    expect(standing.referenceFor({ cookie_id: ['c'] })).toBe('C');
  });
});
