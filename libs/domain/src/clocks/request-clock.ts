import type { ControllerPlace } from './holiday.calendar.js';
import { pinnedPack } from '../regimes/pack-history.js';
import { type ClockPause, regimeClock, type TraceStep } from './regime.clock.js';

/** What the clock needs of a stored request. */
export interface ClockedRequest {
  readonly jurisdiction: string;
  /** The request type: a right acted on without verification has its own period. */
  readonly type: string;
  readonly policyVersion: string | null;
  readonly receivedAt: Date;
  readonly dueAt: Date;
  readonly extendedDueAt: Date | null;
}

const iso = (date: Date) => date.toISOString();

/**
 * The stored dates moved by a pause just ended, where the request's pack lets its reason stop the
 * clock (a pause under a pack that stops nothing moves nothing). The shift is what the pack gives
 * with the pause less what it gives with the earlier pauses only, added to the stored (pinned)
 * dates: a request received under another version keeps its own dates and gains the days waited.
 */
export function pausedDueDates(
  request: ClockedRequest,
  place: ControllerPlace,
  earlier: readonly ClockPause[],
  ended: ClockPause,
): { dueAt: Date; extendedDueAt: Date | null } {
  const pack = pinnedPack(request, place.controllerTimezone);
  const extended = request.extendedDueAt !== null;
  const clock = (pauses: readonly ClockPause[]) =>
    regimeClock({
      pack,
      type: request.type,
      receivedAt: request.receivedAt,
      place,
      extended,
      pauses,
    });
  const before = clock(earlier);
  const after = clock([...earlier, ended]);
  const shift = (stored: Date, from: Date | null, to: Date | null) =>
    from && to ? new Date(stored.getTime() + to.getTime() - from.getTime()) : stored;
  return {
    dueAt: shift(request.dueAt, before.dueAt, after.dueAt),
    extendedDueAt: request.extendedDueAt
      ? shift(request.extendedDueAt, before.extendedDueAt, after.extendedDueAt)
      : null,
  };
}

/**
 * Dates freshly counted from receipt (a new regime, an extension) moved by every wait that has
 * ended, one after the other, as they were when each ended.
 */
export function datesAfterPauses(
  request: ClockedRequest,
  place: ControllerPlace,
  pauses: readonly ClockPause[],
): { dueAt: Date; extendedDueAt: Date | null } {
  let dates = { dueAt: request.dueAt, extendedDueAt: request.extendedDueAt };
  const earlier: ClockPause[] = [];
  for (const pause of pauses) {
    if (!pause.to) continue;
    dates = pausedDueDates({ ...request, ...dates }, place, earlier, pause);
    earlier.push(pause);
  }
  return dates;
}

/**
 * `GET /api/admin/requests/:id/clock`: the stored dates (the truth, pinned at receipt) with the
 * segments and the cited rule trace of the version the request is pinned to (a newer version
 * never explains an older request). Where the stored date differs from what that version gives
 * (a request received before packs), the trace says so instead of silently showing another date.
 */
export function requestClock(
  request: ClockedRequest,
  place: ControllerPlace,
  pauses: readonly ClockPause[] = [],
  now = new Date(),
) {
  const pack = pinnedPack(request, place.controllerTimezone);
  const clock = regimeClock({
    pack,
    type: request.type,
    receivedAt: request.receivedAt,
    place,
    extended: request.extendedDueAt !== null,
    pauses,
    now,
  });
  const trace: TraceStep[] = [...clock.trace];
  trace.push({
    rule: 'policy_version',
    citation: `${pack.name} pack ${pack.version}, in force from ${pack.effective}`,
    result:
      request.policyVersion === null
        ? `Received before policy packs were pinned; explained under pack ${pack.version}, in force on the receipt day`
        : `Pinned at receipt to pack ${pack.version}`,
  });
  for (const [name, stored, computed] of [
    ['dueAt', request.dueAt, clock.dueAt],
    ['extendedDueAt', request.extendedDueAt, clock.extendedDueAt],
  ] as const) {
    if (stored && computed && stored.getTime() !== computed.getTime()) {
      trace.push({
        rule: `stored.${name}`,
        citation: 'pinned at receipt',
        result: `The request keeps ${iso(stored)}; pack ${pack.version} would give ${iso(computed)}`,
      });
    }
  }
  return {
    jurisdiction: pack.code,
    version: pack.version,
    receivedAt: request.receivedAt,
    dueAt: request.dueAt,
    ...(request.extendedDueAt ? { extendedDueAt: request.extendedDueAt } : {}),
    acknowledgeBy: clock.acknowledgeBy,
    segments: clock.segments,
    trace,
    summary: clock.summary,
  };
}
