import { describe, expect, it } from '@jest/globals';
import { BUSINESS_CALENDARS } from './business-days.calendar.js';
import {
  isJurisdiction,
  JURISDICTION_RULES,
  JURISDICTIONS,
  jurisdictionRule,
} from './jurisdiction.rules.js';

describe('jurisdiction rules', () => {
  it('has exactly one rule per listed jurisdiction', () => {
    expect(Object.keys(JURISDICTION_RULES).sort()).toEqual([...JURISDICTIONS].sort());
    expect(JURISDICTIONS).toEqual(['gdpr', 'ccpa']);
  });

  it('names a known business calendar wherever an acknowledgement is required', () => {
    for (const rule of Object.values(JURISDICTION_RULES)) {
      if (rule.acknowledgeWithin)
        expect(BUSINESS_CALENDARS).toHaveProperty(rule.acknowledgeWithin.calendar);
    }
  });

  it('looks rules up and refuses what is not a jurisdiction', () => {
    expect(jurisdictionRule('ccpa').answerWithin).toEqual({ days: 45 });
    expect(isJurisdiction('gdpr')).toBe(true);
    for (const value of ['GDPR', 'toString', '__proto__', '', 42, null]) {
      expect(isJurisdiction(value)).toBe(false);
    }
    expect(() => jurisdictionRule('toString')).toThrow(/unknown jurisdiction/);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(JURISDICTION_RULES)).toBe(true);
  });
});
