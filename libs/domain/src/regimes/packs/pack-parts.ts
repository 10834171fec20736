import type { AnswerRule, Cited, PolicyPack, RightType } from '../policy-pack.types.js';

/**
 * An answer period in calendar days that is our reading of a text giving no number ("within a
 * reasonable period", "without delay"); such a period is kept where it falls, never rolled.
 */
export function readingDays(length: number, citation: string, counting: Cited): AnswerRule {
  return {
    period: { length, unit: 'days' },
    citation,
    reading: true,
    counting,
    rollsToWorkingDay: false,
  };
}

/** The six rights of the GDPR family (EU and UK texts number them alike). */
const GDPR_FAMILY_RIGHTS: readonly RightType[] = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
];

/**
 * The GDPR family's rights (Art. 15, 16, 17, 18, 20, 21 of either text) and their verification:
 * the texts ask for identity where there is reasonable doubt; every request here is verified,
 * which is our reading.
 */
export function gdprFamilyRights(
  law: 'GDPR' | 'UK GDPR',
  verification: Cited,
): Pick<PolicyPack, 'rights' | 'verification'> {
  return {
    rights: { granted: GDPR_FAMILY_RIGHTS, citation: `${law} Art. 15, 16, 17, 18, 20, 21` },
    verification: { required: GDPR_FAMILY_RIGHTS, ...verification, reading: true },
  };
}
