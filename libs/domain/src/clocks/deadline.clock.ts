import { DateTime } from 'luxon';
import { addBusinessDaysLocal, BUSINESS_CALENDARS } from './business-days.calendar.js';
import { jurisdictionRule, type Period } from './jurisdiction.rules.js';

function inZone(instant: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid)
    throw new RangeError(`invalid date or time zone: ${local.invalidExplanation}`);
  return local;
}

/** The receipt day: the calendar date of `receivedAt` in the controller's zone. */
function receiptDay(receivedAt: Date, zone: string): DateTime {
  return inZone(receivedAt, zone).startOf('day');
}

/** Luxon clamps month arithmetic to the month's end: 31 January + 1 month = 28/29 February. */
function addPeriod(day: DateTime, period: Period): DateTime {
  return 'months' in period ? day.plus({ months: period.months }) : day.plus({ days: period.days });
}

/** The end of a local day (23:59:59.999 there, whatever the offset that day) as an instant. */
function endOfDay(day: DateTime): Date {
  return day.endOf('day').toJSDate();
}

/** The calendar date (`YYYY-MM-DD`) of receipt in the controller's zone. */
export function receiptDate(receivedAt: Date, zone: string): string {
  return receiptDay(receivedAt, zone).toISODate() as string;
}

/** The legal due date: the end of the due day in the controller's zone. */
export function computeDueAt(receivedAt: Date, jurisdiction: string, zone: string): Date {
  const rule = jurisdictionRule(jurisdiction);
  return endOfDay(addPeriod(receiptDay(receivedAt, zone), rule.answerWithin));
}

/** The due date once extended, counted from receipt (so no day is lost to month clamping). */
export function computeExtendedDueAt(receivedAt: Date, jurisdiction: string, zone: string): Date {
  const rule = jurisdictionRule(jurisdiction);
  return endOfDay(addPeriod(receiptDay(receivedAt, zone), rule.extendedWithin));
}

/** When receipt must be confirmed by (end of that day), or null where the regime has no rule. */
export function acknowledgeBy(receivedAt: Date, jurisdiction: string, zone: string): Date | null {
  const rule = jurisdictionRule(jurisdiction).acknowledgeWithin;
  if (!rule) return null;
  const calendar = BUSINESS_CALENDARS[rule.calendar];
  return endOfDay(addBusinessDaysLocal(receiptDay(receivedAt, zone), rule.businessDays, calendar));
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
