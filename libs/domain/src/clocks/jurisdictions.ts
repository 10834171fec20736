/** A legal period: whole calendar months (clamped to the month's end) or calendar days. */
export type Period = { months: number } | { days: number };

export interface JurisdictionRule {
  /** Time to answer, counted from the receipt date. */
  answerWithin: Period;
  /** The whole period, counted from receipt, once extended (once). */
  extendedWithin: Period;
  /** Receipt must be confirmed within this many business days; null when the regime says nothing. */
  acknowledgeWithinBusinessDays: number | null;
}

/**
 * Jurisdiction rules as data: a new regime is a new entry, not a new branch.
 * GDPR Art. 12(3): one month, extendable by two further months. CCPA/CPRA: 45 days, once +45;
 * receipt confirmed within 10 business days.
 */
export const JURISDICTION_RULES = {
  gdpr: {
    answerWithin: { months: 1 },
    extendedWithin: { months: 3 },
    acknowledgeWithinBusinessDays: null,
  },
  ccpa: {
    answerWithin: { days: 45 },
    extendedWithin: { days: 90 },
    acknowledgeWithinBusinessDays: 10,
  },
} as const satisfies Record<string, JurisdictionRule>;

export type Jurisdiction = keyof typeof JURISDICTION_RULES;
export const JURISDICTIONS = Object.keys(JURISDICTION_RULES) as [Jurisdiction, ...Jurisdiction[]];

export function jurisdictionRule(jurisdiction: string): JurisdictionRule {
  const rule = (JURISDICTION_RULES as Record<string, JurisdictionRule>)[jurisdiction];
  if (!rule) throw new Error(`unknown jurisdiction ${jurisdiction}`);
  return rule;
}
