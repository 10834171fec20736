import { regimeClock } from '../clocks/regime.clock.js';
import type { ControllerPlace } from '../clocks/holiday.calendar.js';
import { packInForce } from './pack-history.js';
import { type PolicyPack, REGIME_CODES } from './policy-pack.types.js';

/** Where the subject lives: ISO 3166-1 alpha-2 country, ISO 3166-2 subdivision (`US-VA`). */
export interface Residence {
  readonly country: string;
  readonly region?: string | null;
}

/** The packs whose law covers a resident of that place, each in its version in force then. */
export function regimesCovering(residence: Residence, at: Date, zone: string): PolicyPack[] {
  const country = residence.country.toUpperCase();
  const region = residence.region?.toUpperCase() ?? null;
  return REGIME_CODES.map((code) => packInForce(code, at, zone)).filter(
    (pack) =>
      pack.covers.countries.includes(country) &&
      (!pack.covers.regions || (region !== null && pack.covers.regions.includes(region))),
  );
}

/**
 * The regime a request from that residence is handled under: where several laws could apply
 * (Québec: Law 25 and PIPEDA), the one whose due date comes first for a request received now, so
 * the subject is never answered later than any of them allows; ties go to the first in
 * REGIME_CODES. Null where no pack covers the place.
 */
export function resolveRegime(
  residence: Residence,
  receivedAt: Date,
  place: ControllerPlace,
): PolicyPack | null {
  let best: { pack: PolicyPack; due: number } | null = null;
  for (const pack of regimesCovering(residence, receivedAt, place.controllerTimezone)) {
    const due = regimeClock({ pack, receivedAt, place }).dueAt.getTime();
    if (!best || due < best.due) best = { pack, due };
  }
  return best?.pack ?? null;
}
