import type { AnswerRule, PolicyPack } from './policy-pack.types.js';

/**
 * Whether a request of this type waits for the subject's identity under the pack. A type the
 * pack does not list in `verification.required` (opt-out of sale or sharing, the limit on
 * sensitive data) goes to processing at once; the subject's e-mail is still confirmed, since the
 * answer is mailed there.
 */
export function needsVerification(pack: PolicyPack, type: string): boolean {
  return (pack.verification.required as readonly string[]).includes(type);
}

/**
 * The answer rule of a request of this type under the pack: the regime's answer period, or, for
 * a right acted on without verification, the pack's `verification.unverified` period (CCPA: 15
 * business days, 11 CCR § 7026(f), § 7027(g)). A pack that grants such a right without saying
 * its period is a programming error, never a silent default.
 */
export function answerRuleFor(pack: PolicyPack, type: string | undefined): AnswerRule {
  if (type === undefined || needsVerification(pack, type)) return pack.answer;
  const unverified = pack.verification.unverified;
  if (!unverified) {
    throw new Error(`${pack.code} acts on ${type} without verification but gives no period`);
  }
  return {
    period: unverified.period,
    citation: unverified.citation,
    ...(unverified.reading ? { reading: true as const } : {}),
    counting: { citation: unverified.citation, note: unverified.note },
    rollsToWorkingDay: unverified.rollsToWorkingDay,
  };
}
