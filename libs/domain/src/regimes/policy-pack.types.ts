/**
 * A regime's duties as data: every rule carries the citation it comes from, and says where a
 * figure is our reading of a vague text (`reading: true`) rather than the statute's own number.
 * The types make a pack complete: a pack without one of these rules does not compile.
 */

export const REGIME_CODES = [
  'gdpr',
  'uk-gdpr',
  'ccpa',
  'us-va',
  'us-co',
  'us-ct',
  'us-ut',
  'us-tx',
  'us-or',
  'us-mt',
  'us-ia',
  'us-de',
  'us-nh',
  'us-nj',
  'us-tn',
  'us-mn',
  'us-md',
  'us-in',
  'us-ky',
  'us-ri',
  'lgpd',
  'pipeda',
  'quebec-law25',
  'popia',
  'pdpa-sg',
  'appi',
  'fadp',
  'app-au',
] as const;
export type RegimeCode = (typeof REGIME_CODES)[number];

/** The rights of the contract; a pack grants some of them. */
export const RIGHT_TYPES = [
  'access',
  'rectification',
  'erasure',
  'portability',
  'restriction',
  'objection',
  'opt_out',
  'limit_sensitive',
] as const;
export type RightType = (typeof RIGHT_TYPES)[number];

/** Why a controller waits on the subject; a pack says which of them stop its clock. */
export const PAUSE_REASONS = ['identity', 'clarification', 'fee'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

/** Where a rule comes from. */
export interface Cited {
  /** Article, section or guidance paragraph, as a lawyer would write it. */
  readonly citation: string;
  /** Set where the figure is our reading of a text that gives no number or is ambiguous. */
  readonly reading?: true;
  readonly note?: string;
}

/**
 * A length of time: calendar months (Reg. 1182/71 style: the same date, or the month's last day
 * when it has none), calendar days, or business days (the controller's working days).
 */
export interface Period {
  readonly length: number;
  readonly unit: 'months' | 'days' | 'business_days';
}

/** A rule the regime does not have, with the reason we say so. */
export type Absent = { readonly applies: false } & Cited;
/** A rule that applies (with its data) or is absent; both carry a citation. */
export type Rule<T> = ({ readonly applies: true } & T & Cited) | Absent;

export interface AnswerRule extends Cited {
  readonly period: Period;
  /** How the regime counts the period (first day excluded, month ends, …). */
  readonly counting: Cited;
  /** Where a period ending on a weekend or public holiday ends on the next working day instead. */
  readonly rollsToWorkingDay: false | Cited;
}

/** The answer period of a right acted on without verifying the subject's identity. */
export interface UnverifiedAnswer extends Cited {
  readonly period: Period;
  readonly rollsToWorkingDay: false | Cited;
}

export interface ExtensionData {
  /** The additional time each extension adds. */
  readonly period: Period;
  readonly times: number;
  /** The subject is told before the first period ends, with what. */
  readonly tellSubject: { readonly within: 'answer_period'; readonly with: readonly string[] };
}

export interface AppealData {
  /** How long after the decision the subject may appeal. */
  readonly askWithin: Period;
  readonly decideWithin: Period;
  readonly extension: Period | null;
  /** What the decision must tell the subject about the regulator. */
  readonly complaintRoute: string;
}

export interface PolicyPack {
  readonly code: RegimeCode;
  /** Short name shown to people. */
  readonly name: string;
  /** The law's full title. */
  readonly law: string;
  /** Bumped whenever a rule changes; an open request keeps the version it was received under. */
  readonly version: string;
  /** `YYYY-MM-DD`: the day the rules of this version took effect. */
  readonly effective: string;
  /**
   * The act or regulation that made this version; set on every version after a regime's first
   * (its history is `PACK_HISTORIES`, checked in `pack-history.spec.ts`).
   */
  readonly amendedBy?: Cited;
  /** ISO 3166-1 alpha-2 countries; with `regions`, only those ISO 3166-2 subdivisions. */
  readonly covers: {
    readonly countries: readonly string[];
    readonly regions?: readonly string[];
  } & Cited;
  readonly answer: AnswerRule;
  readonly extension: Rule<ExtensionData>;
  readonly receiptConfirmation: Rule<{ readonly period: Period }>;
  readonly pauses: { readonly reasons: readonly PauseReason[] } & Cited;
  readonly appeal: Rule<AppealData>;
  readonly rights: { readonly granted: readonly RightType[] } & Cited;
  /**
   * The rights whose requests wait for the subject's identity. The others (opt-out of sale or
   * sharing, the limit on sensitive data) are acted on at once and answered within `unverified`
   * (`answerRuleFor` in `regimes/unverified-rights.ts`); a pack granting such a right must say it.
   */
  readonly verification: {
    readonly required: readonly RightType[];
    readonly unverified?: UnverifiedAnswer;
  } & Cited;
  readonly authority: { readonly name: string; readonly url: string } & Cited;
}

/** A regime's versions, oldest first; never empty. */
export type PackHistory = readonly [PolicyPack, ...PolicyPack[]];
