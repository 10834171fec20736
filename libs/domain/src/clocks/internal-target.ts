import { DateTime } from 'luxon';
import { type ControllerPlace, type WorkingCalendar, workingCalendar } from './holiday.calendar.js';

/** Targets already counted, per calendar, by working days and due day (a list shares few days). */
const counted = new WeakMap<WorkingCalendar, Map<string, number>>();
const MAX_COUNTED_DAYS = 10_000;

/**
 * The staff's own target: `workingDays` working days (the controller's calendar, holidays
 * included) before the legal due day, at the end of that day. The subject is only ever told the
 * legal date; the target gives staff room before it.
 */
export function internalTarget(dueAt: Date, workingDays: number, place: ControllerPlace): Date {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`working days must be a whole number ≥ 0, got ${workingDays}`);
  }
  const calendar = workingCalendar(place);
  const dueDay = DateTime.fromJSDate(dueAt, { zone: calendar.zone }).startOf('day');
  let days = counted.get(calendar);
  if (!days) counted.set(calendar, (days = new Map()));
  const key = `${workingDays}|${dueDay.toISODate()}`;
  const known = days.get(key);
  if (known !== undefined) return new Date(known);
  let day = dueDay;
  for (let left = workingDays; left > 0;) {
    day = day.minus({ days: 1 });
    if (calendar.isBusinessDay({ isoDate: day.toISODate() ?? '', weekday: day.weekday })) left -= 1;
  }
  const target = day.endOf('day').toMillis();
  if (days.size >= MAX_COUNTED_DAYS) days.clear();
  days.set(key, target);
  return new Date(target);
}
