import type { BusinessCalendarName } from './business-days.calendar.js';

/** A legal period: whole calendar months (clamped to the month's end) or calendar days. */
export type Period = { readonly months: number } | { readonly days: number };

/**
 * One legal regime's clock. Every period counts from the receipt date (the calendar date of
 * receipt in the controller's zone) and ends at the end of its last day there.
 */
export interface JurisdictionRule {
  readonly name: string;
  /** Time to answer. */
  readonly answerWithin: Period;
  /**
   * The whole time to answer once extended, still from receipt. One extension, decided (and
   * told) before the original due date has passed; the lifecycle enforces both.
   */
  readonly extendedWithin: Period;
  /** Receipt confirmed within so many business days; null where the regime says nothing. */
  readonly acknowledgeWithin: {
    readonly businessDays: number;
    readonly calendar: BusinessCalendarName;
  } | null;
}

export const JURISDICTIONS = ['gdpr', 'ccpa'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Jurisdiction rules as data: a new regime is a new entry here, not a branch in code. */
export const JURISDICTION_RULES: Readonly<Record<Jurisdiction, JurisdictionRule>> = Object.freeze({
  /** GDPR Art. 12(3): one month, extendable by two further months. */
  gdpr: {
    name: 'GDPR',
    answerWithin: { months: 1 },
    extendedWithin: { months: 3 },
    acknowledgeWithin: null,
  },
  /** CCPA/CPRA: 45 calendar days, once +45; receipt confirmed within 10 business days. */
  ccpa: {
    name: 'CCPA/CPRA',
    answerWithin: { days: 45 },
    extendedWithin: { days: 90 },
    acknowledgeWithin: { businessDays: 10, calendar: 'monday_to_friday' },
  },
});

export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === 'string' && Object.hasOwn(JURISDICTION_RULES, value);
}

/** The rule of a regime; an unknown one is a programming error (input is checked at the edge). */
export function jurisdictionRule(jurisdiction: string): JurisdictionRule {
  if (!isJurisdiction(jurisdiction)) {
    throw new RangeError(
      `unknown jurisdiction "${jurisdiction}"; known: ${JURISDICTIONS.join(', ')}`,
    );
  }
  return JURISDICTION_RULES[jurisdiction];
}
