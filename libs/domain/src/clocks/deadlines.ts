import { DateTime } from 'luxon';
import { jurisdictionRule, type Period } from './jurisdictions.js';

function receiptDay(receivedAt: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(receivedAt, { zone });
  if (!local.isValid) throw new Error(`invalid time zone ${zone}`);
  return local.startOf('day');
}

/** Luxon clamps month arithmetic to the month's end: 31 January + 1 month = 28/29 February. */
function addPeriod(day: DateTime, period: Period): DateTime {
  return 'months' in period ? day.plus({ months: period.months }) : day.plus({ days: period.days });
}

/** The end of a local day (23:59:59.999 there) as a UTC instant. */
function endOfDay(day: DateTime): Date {
  return day.endOf('day').toJSDate();
}

/** The legal due date: end of the due day in the controller's zone. */
export function computeDueAt(receivedAt: Date, jurisdiction: string, zone: string): Date {
  return endOfDay(
    addPeriod(receiptDay(receivedAt, zone), jurisdictionRule(jurisdiction).answerWithin),
  );
}

/** The due date once extended (counted from receipt, so no day is lost to clamping). */
export function computeExtendedDueAt(receivedAt: Date, jurisdiction: string, zone: string): Date {
  return endOfDay(
    addPeriod(receiptDay(receivedAt, zone), jurisdictionRule(jurisdiction).extendedWithin),
  );
}

/** Adds Monday-to-Friday days; no holiday calendar yet. */
export function addBusinessDays(day: DateTime, businessDays: number): DateTime {
  let current = day;
  let left = businessDays;
  while (left > 0) {
    current = current.plus({ days: 1 });
    if (current.weekday <= 5) left -= 1;
  }
  return current;
}

/** When receipt must be confirmed by, or null where the regime has no such rule. */
export function acknowledgeBy(receivedAt: Date, jurisdiction: string, zone: string): Date | null {
  const days = jurisdictionRule(jurisdiction).acknowledgeWithinBusinessDays;
  return days === null ? null : endOfDay(addBusinessDays(receiptDay(receivedAt, zone), days));
}

/** Whole calendar days left in the zone: 0 on the due day, negative once overdue. */
export function daysLeft(dueAt: Date, now: Date, zone: string): number {
  const due = DateTime.fromJSDate(dueAt, { zone }).startOf('day');
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  return Math.round(due.diff(today, 'days').days);
}

export function isOverdue(dueAt: Date, now: Date): boolean {
  return now.getTime() > dueAt.getTime();
}
