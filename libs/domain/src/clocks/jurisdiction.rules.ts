import { POLICY_PACKS } from '../regimes/packs/index.js';
import { type PolicyPack, REGIME_CODES, type RegimeCode } from '../regimes/policy-pack.types.js';

/** The regimes a request can be under: one policy pack each (libs/domain/src/regimes/packs). */
export const JURISDICTIONS = REGIME_CODES;
export type Jurisdiction = RegimeCode;
export type JurisdictionRule = PolicyPack;

/** Jurisdiction rules as data: a new regime is a new pack, not a branch in code. */
export const JURISDICTION_RULES: Readonly<Record<Jurisdiction, JurisdictionRule>> = POLICY_PACKS;

export function isJurisdiction(value: unknown): value is Jurisdiction {
  return typeof value === 'string' && Object.hasOwn(JURISDICTION_RULES, value);
}

/**
 * The newest pack of a regime; an unknown one is a programming error (input is checked at the
 * edge). A request's rules are its pinned version's (`pinnedPack`), a new one's the version in
 * force on its receipt day (`packInForce`): this is for tests and listings of the packs only.
 */
export function jurisdictionRule(jurisdiction: string): JurisdictionRule {
  if (!isJurisdiction(jurisdiction)) {
    throw new RangeError(
      `unknown jurisdiction "${jurisdiction}"; known: ${JURISDICTIONS.join(', ')}`,
    );
  }
  return JURISDICTION_RULES[jurisdiction];
}
