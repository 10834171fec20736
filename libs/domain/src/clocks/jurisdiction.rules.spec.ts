import { describe, expect, it } from '@jest/globals';
import {
  isJurisdiction,
  JURISDICTION_RULES,
  JURISDICTIONS,
  jurisdictionRule,
} from './jurisdiction.rules.js';

describe('jurisdiction rules', () => {
  it('has exactly one pack per listed jurisdiction, the 28 codes of the contract', () => {
    expect(Object.keys(JURISDICTION_RULES).sort()).toEqual([...JURISDICTIONS].sort());
    expect(JURISDICTIONS).toHaveLength(28);
    expect(JURISDICTIONS.slice(0, 3)).toEqual(['gdpr', 'uk-gdpr', 'ccpa']);
  });

  it('looks rules up and refuses what is not a jurisdiction', () => {
    expect(jurisdictionRule('ccpa').answer.period).toEqual({ length: 45, unit: 'days' });
    expect(isJurisdiction('gdpr')).toBe(true);
    expect(isJurisdiction('us-va')).toBe(true);
    for (const value of ['GDPR', 'toString', '__proto__', '', 42, null]) {
      expect(isJurisdiction(value)).toBe(false);
    }
    expect(() => jurisdictionRule('toString')).toThrow(/unknown jurisdiction/);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(JURISDICTION_RULES)).toBe(true);
  });
});
