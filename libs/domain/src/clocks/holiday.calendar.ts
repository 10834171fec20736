import Holidays from 'date-holidays';
import type { BusinessCalendar, CalendarDay } from './business-days.calendar.js';

/** Where the controller works: its zone, and the country (and region) whose holidays count. */
export interface ControllerPlace {
  readonly controllerTimezone: string;
  /** ISO 3166-1 alpha-2; null: weekends only, no public holidays. */
  readonly controllerCountry?: string | null;
  /** ISO 3166-2 subdivision (`US-CA` or `CA`); null: the country's national holidays. */
  readonly controllerRegion?: string | null;
}

/** A business calendar that also names the holiday it skips, for the clock's explanation. */
export interface WorkingCalendar extends BusinessCalendar {
  readonly zone: string;
  readonly country: string | null;
  readonly region: string | null;
  /** The public holiday on a `YYYY-MM-DD`, or null. */
  holidayOn(isoDate: string): string | null;
}

function subdivision(country: string, region: string | null | undefined): string | undefined {
  if (!region) return undefined;
  const upper = region.toUpperCase();
  return upper.startsWith(`${country}-`) ? upper.slice(country.length + 1) : upper;
}

/** Why a country/region is not a holiday calendar we know, or null when it is. */
export function holidayCalendarProblem(
  country: string,
  region?: string | null,
): { key: 'country' | 'region'; message: string } | null {
  const code = country.toUpperCase();
  const countries = new Holidays().getCountries() ?? {};
  if (!Object.hasOwn(countries, code)) {
    return {
      key: 'country',
      message: `"${country}" is not an ISO 3166-1 country with a holiday calendar`,
    };
  }
  const state = subdivision(code, region);
  if (state && !Object.hasOwn(new Holidays().getStates(code) ?? {}, state)) {
    return {
      key: 'region',
      message: `"${region}" is not a subdivision of ${code} with a holiday calendar`,
    };
  }
  return null;
}

const cache = new Map<string, WorkingCalendar>();

/**
 * Monday to Friday less the public holidays of the controller's country and region (substitute
 * days included, e.g. a UK bank holiday on a Saturday moved to Monday); observances, optional and
 * school holidays do not count.
 */
export function workingCalendar(place: ControllerPlace): WorkingCalendar {
  const country = place.controllerCountry?.toUpperCase() ?? null;
  const region = country ? (subdivision(country, place.controllerRegion) ?? null) : null;
  const key = `${place.controllerTimezone}|${country ?? ''}|${region ?? ''}`;
  const known = cache.get(key);
  if (known) return known;
  if (country) {
    const problem = holidayCalendarProblem(country, region);
    if (problem) throw new RangeError(problem.message);
  }
  const holidays = country
    ? region
      ? new Holidays(country, region, { types: ['public'] })
      : new Holidays(country, { types: ['public'] })
    : null;
  const years = new Map<number, Map<string, string>>();
  const holidaysOf = (year: number): Map<string, string> => {
    let days = years.get(year);
    if (!days) {
      days = new Map();
      for (const holiday of holidays?.getHolidays(year) ?? []) {
        if (holiday.type !== 'public') continue;
        const isoDate = holiday.date.slice(0, 10);
        if (!days.has(isoDate)) days.set(isoDate, holiday.name);
      }
      years.set(year, days);
    }
    return days;
  };
  const holidayOn = (isoDate: string) =>
    holidaysOf(Number(isoDate.slice(0, 4))).get(isoDate) ?? null;
  const calendar: WorkingCalendar = Object.freeze({
    zone: place.controllerTimezone,
    country,
    region: region && country ? `${country}-${region}` : null,
    holidayOn,
    isBusinessDay: (day: CalendarDay) => day.weekday <= 5 && holidayOn(day.isoDate) === null,
  });
  cache.set(key, calendar);
  return calendar;
}
