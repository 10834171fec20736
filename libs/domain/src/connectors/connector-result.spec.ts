import { describe, expect, it } from '@jest/globals';
import {
  addCounts,
  connectorResult,
  COUNT_KEYS,
  emptyCounts,
  isConnectorOutcome,
  isSuccessfulOutcome,
} from './connector-result.js';

describe('connector result helpers', () => {
  it('starts every count at zero, in a fresh object each time', () => {
    const counts = emptyCounts();
    expect(Object.keys(counts).sort()).toEqual([...COUNT_KEYS].sort());
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    counts.found = 3;
    expect(emptyCounts().found).toBe(0);
  });

  it('adds counts into a new object, ignoring missing and non-numeric ones', () => {
    const left = { ...emptyCounts(), found: 2, erased: 1 };
    const right = { found: 3, retained: 4, hashed: Number.NaN, masked: '5' as unknown as number };
    expect(addCounts(left, right)).toEqual({ ...emptyCounts(), found: 5, erased: 1, retained: 4 });
    expect(left.found).toBe(2);
  });

  it('builds a result with zero counts filled in', () => {
    expect(connectorResult('skipped', { note: 'no phone number known' })).toEqual({
      outcome: 'skipped',
      counts: emptyCounts(),
      note: 'no phone number known',
    });
    expect(
      connectorResult('completed', { counts: { ...emptyCounts(), erased: 2 } }).counts.erased,
    ).toBe(2);
  });

  it('knows the outcomes and which of them end a task well', () => {
    expect(isConnectorOutcome('not_found')).toBe(true);
    expect(isConnectorOutcome('done')).toBe(false);
    expect(isSuccessfulOutcome('completed')).toBe(true);
    expect(isSuccessfulOutcome('not_found')).toBe(true);
    expect(isSuccessfulOutcome('skipped')).toBe(true);
    expect(isSuccessfulOutcome('failed')).toBe(false);
  });
});
