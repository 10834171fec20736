import { DateTime } from 'luxon';

/** A local calendar day, as a business calendar sees it. */
export interface CalendarDay {
  /** `YYYY-MM-DD` in the controller's zone. */
  isoDate: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

/** Decides which days count as business days; a holiday calendar is another implementation. */
export interface BusinessCalendar {
  isBusinessDay(day: CalendarDay): boolean;
}

/** Monday to Friday, no holidays (no regime here names a holiday calendar yet). */
export const MONDAY_TO_FRIDAY: BusinessCalendar = Object.freeze({
  isBusinessDay: (day: CalendarDay) => day.weekday <= 5,
});

/** Business calendars by name, so jurisdiction rules (data) can refer to one. */
export const BUSINESS_CALENDARS = Object.freeze({
  monday_to_friday: MONDAY_TO_FRIDAY,
}) satisfies Readonly<Record<string, BusinessCalendar>>;
export type BusinessCalendarName = keyof typeof BUSINESS_CALENDARS;

/** The local day `businessDays` business days after `day` (the day itself is not counted). */
export function addBusinessDaysLocal(
  day: DateTime,
  businessDays: number,
  calendar: BusinessCalendar = MONDAY_TO_FRIDAY,
): DateTime {
  if (!Number.isInteger(businessDays) || businessDays < 0) {
    throw new RangeError(`business days must be a whole number ≥ 0, got ${businessDays}`);
  }
  // Calendar days have no zone: they are walked in UTC, where no day's offset has to be worked
  // out (in a named zone each step cost an Intl lookup), and the count of days is added once.
  const start = DateTime.utc(day.year, day.month, day.day);
  let current = start;
  for (let left = businessDays; left > 0;) {
    current = current.plus({ days: 1 });
    if (calendar.isBusinessDay({ isoDate: current.toISODate() ?? '', weekday: current.weekday })) {
      left -= 1;
    }
  }
  return day.plus({ days: Math.round(current.diff(start, 'days').days) });
}

/**
 * The instant `businessDays` business days after `from`, counted on local calendar days in
 * `zone`, at the same local wall-clock time (received on a Saturday: +1 is Monday).
 */
export function addBusinessDays(
  from: Date,
  businessDays: number,
  zone: string,
  calendar: BusinessCalendar = MONDAY_TO_FRIDAY,
): Date {
  const local = DateTime.fromJSDate(from, { zone });
  if (!local.isValid)
    throw new RangeError(`invalid date or time zone: ${local.invalidExplanation}`);
  return addBusinessDaysLocal(local, businessDays, calendar).toJSDate();
}
