import { describe, expect, it } from '@jest/globals';
import { matchingAutoApprovalRule } from './auto-approval.service.js';

describe('auto-approval rules', () => {
  it('is off with no rules (the default)', () => {
    expect(matchingAutoApprovalRule([], { type: 'access', jurisdiction: 'gdpr' })).toBeUndefined();
  });

  it('matches by type, and by jurisdiction when the rule names one', () => {
    const rules = [
      { type: 'erasure' as const, jurisdiction: 'ccpa' as const },
      { type: 'access' as const },
    ];
    expect(matchingAutoApprovalRule(rules, { type: 'access', jurisdiction: 'gdpr' })).toEqual({
      type: 'access',
    });
    expect(matchingAutoApprovalRule(rules, { type: 'erasure', jurisdiction: 'ccpa' })).toEqual(
      rules[0],
    );
    expect(
      matchingAutoApprovalRule(rules, { type: 'erasure', jurisdiction: 'gdpr' }),
    ).toBeUndefined();
    expect(
      matchingAutoApprovalRule(rules, { type: 'rectification', jurisdiction: 'gdpr' }),
    ).toBeUndefined();
  });
});
