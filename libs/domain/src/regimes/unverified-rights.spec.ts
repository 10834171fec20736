import { describe, expect, it } from '@jest/globals';
import { computeDueAt } from '../clocks/deadline.clock.js';
import { POLICY_PACKS } from './packs/index.js';
import { answerRuleFor, needsVerification } from './unverified-rights.js';

const california = { controllerTimezone: 'America/Los_Angeles', controllerCountry: 'US' };

describe('rights acted on without verification', () => {
  it('opt-out and the limit on sensitive data need no verification under the CCPA; access does', () => {
    expect(needsVerification(POLICY_PACKS.ccpa, 'opt_out')).toBe(false);
    expect(needsVerification(POLICY_PACKS.ccpa, 'limit_sensitive')).toBe(false);
    expect(needsVerification(POLICY_PACKS.ccpa, 'access')).toBe(true);
  });

  it('gives the CCPA opt-out 15 business days (11 CCR § 7026(f)), access 45 days', () => {
    const rule = answerRuleFor(POLICY_PACKS.ccpa, 'opt_out');
    expect(rule.period).toEqual({ length: 15, unit: 'business_days' });
    expect(rule.citation).toContain('7026(f)');
    expect(answerRuleFor(POLICY_PACKS.ccpa, 'access')).toBe(POLICY_PACKS.ccpa.answer);
  });

  it('counts the 15 business days past weekends: Mon 2 Mar 2026 → Mon 23 Mar 2026', () => {
    const receivedAt = new Date('2026-03-02T17:00:00Z'); // Monday morning in California
    const due = computeDueAt(
      receivedAt,
      'ccpa',
      { controllerTimezone: 'America/Los_Angeles' },
      'opt_out',
    );
    expect(due.toISOString()).toBe('2026-03-24T06:59:59.999Z'); // end of Mon 23 Mar, PDT
    const access = computeDueAt(receivedAt, 'ccpa', california, 'access');
    expect(access.toISOString()).toBe('2026-04-17T06:59:59.999Z'); // 45 calendar days
  });

  it('every pack that grants an unverified right says its period, with a citation', () => {
    for (const pack of Object.values(POLICY_PACKS)) {
      const unverified = pack.rights.granted.filter((right) => !needsVerification(pack, right));
      if (unverified.length === 0) continue;
      expect(pack.verification.unverified?.citation).toBeTruthy();
      for (const right of unverified) expect(answerRuleFor(pack, right).period.length).toBe(15);
    }
  });
});
