import { DateTime } from 'luxon';
import { type ControllerPlace, workingCalendar } from './holiday.calendar.js';

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
  let day = DateTime.fromJSDate(dueAt, { zone: calendar.zone }).startOf('day');
  for (let left = workingDays; left > 0;) {
    day = day.minus({ days: 1 });
    if (calendar.isBusinessDay({ isoDate: day.toISODate() ?? '', weekday: day.weekday })) left -= 1;
  }
  return day.endOf('day').toJSDate();
}
