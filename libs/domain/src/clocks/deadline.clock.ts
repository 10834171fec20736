import { DateTime } from 'luxon';
import { DomainError } from '../errors/domain-error.js';
import { effectiveDueAt } from './effective-due.js';
import type { ControllerPlace } from './holiday.calendar.js';
import { packInForce } from '../regimes/pack-history.js';
import type { PolicyPack } from '../regimes/policy-pack.types.js';
import { regimeClock } from './regime.clock.js';

/**
 * Where the controller is: its settings (zone, country, region: holidays count), or a bare zone
 * (weekends only, no public holidays).
 */
export type ControllerWhere = string | ControllerPlace;

const placeOf = (where: ControllerWhere): ControllerPlace =>
  typeof where === 'string' ? { controllerTimezone: where } : where;

/**
 * A regime code means the version in force on the receipt day (a new request, a regime change);
 * a pack is the version a request is pinned to (`pinnedPack`).
 */
export type RegimeVersion = string | PolicyPack;

const packOf = (regime: RegimeVersion, receivedAt: Date, where: ControllerWhere): PolicyPack =>
  typeof regime === 'string'
    ? packInForce(regime, receivedAt, placeOf(where).controllerTimezone)
    : regime;

function inZone(instant: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid)
    throw new RangeError(`invalid date or time zone: ${local.invalidExplanation}`);
  return local;
}

/** The calendar date (`YYYY-MM-DD`) of receipt in the controller's zone. */
export function receiptDate(receivedAt: Date, zone: string): string {
  return inZone(receivedAt, zone).startOf('day').toISODate() as string;
}

/**
 * The legal due date under the regime's pack for a request of that type (a right acted on without
 * verification has its own period): the end of the due day in the controller's zone.
 */
export function computeDueAt(
  receivedAt: Date,
  regime: RegimeVersion,
  where: ControllerWhere,
  type?: string,
): Date {
  const pack = packOf(regime, receivedAt, where);
  return regimeClock({ pack, type, receivedAt, place: placeOf(where) }).dueAt;
}

/**
 * The due date once extended, counted from receipt (so no day is lost to month clamping). A
 * regime without an extension (LGPD, Québec, APPI, …) refuses it: a 409 naming the rule.
 */
export function computeExtendedDueAt(
  receivedAt: Date,
  regime: RegimeVersion,
  where: ControllerWhere,
  type?: string,
): Date {
  const pack = packOf(regime, receivedAt, where);
  if (!pack.extension.applies) {
    throw new DomainError(
      'conflict',
      `${pack.name} allows no extension (${pack.extension.citation})`,
      { reasonCode: 'no_extension' },
    );
  }
  const clock = regimeClock({ pack, type, receivedAt, place: placeOf(where), extended: true });
  return effectiveDueAt(clock);
}

/** When receipt must be confirmed by (end of that day), or null where the regime has no rule. */
export function acknowledgeBy(
  receivedAt: Date,
  regime: RegimeVersion,
  where: ControllerWhere,
): Date | null {
  const pack = packOf(regime, receivedAt, where);
  return regimeClock({ pack, receivedAt, place: placeOf(where) }).acknowledgeBy;
}

/** Whole calendar days from today to the due day in the zone: 0 on it, negative once overdue. */
export function daysLeft(dueAt: Date, now: Date, zone: string): number {
  const due = inZone(dueAt, zone).startOf('day');
  const today = inZone(now, zone).startOf('day');
  return Math.round(due.diff(today, 'days').days);
}

/** Past the due instant (the end of the due day). */
export function isOverdue(dueAt: Date, now: Date): boolean {
  return now.getTime() > dueAt.getTime();
}
