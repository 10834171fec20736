import { describe, expect, it } from '@jest/globals';
import {
  addBusinessDays,
  MONDAY_TO_FRIDAY,
  type BusinessCalendar,
} from './business-days.calendar.js';

const zone = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);

describe('addBusinessDays', () => {
  it.each([
    ['2026-11-20T09:00:00+01:00', 1, '2026-11-23T09:00:00+01:00'], // Friday → Monday
    ['2026-11-20T09:00:00+01:00', 10, '2026-12-04T09:00:00+01:00'], // across two weekends
    ['2026-11-21T09:00:00+01:00', 1, '2026-11-23T09:00:00+01:00'], // Saturday → Monday
    ['2026-11-22T09:00:00+01:00', 5, '2026-11-27T09:00:00+01:00'], // Sunday → Friday
    ['2026-11-18T09:00:00+01:00', 0, '2026-11-18T09:00:00+01:00'],
    ['2026-03-27T12:00:00+01:00', 1, '2026-03-30T12:00:00+02:00'], // keeps wall time over DST
  ])('%s + %i business days → %s', (from, days, expected) => {
    expect(addBusinessDays(at(from), days, zone).toISOString()).toBe(at(expected).toISOString());
  });

  it('counts weekdays in the given zone, not in UTC', () => {
    // Saturday 00:30 in Berlin is still Friday (23:30) in UTC.
    const saturdayInBerlin = at('2026-11-21T00:30:00+01:00');
    expect(addBusinessDays(saturdayInBerlin, 1, zone).toISOString()).toBe(
      at('2026-11-23T00:30:00+01:00').toISOString(),
    );
    expect(addBusinessDays(saturdayInBerlin, 1, 'UTC').toISOString()).toBe(
      '2026-11-23T23:30:00.000Z',
    );
  });

  it('takes another calendar, so holidays can be added later', () => {
    const christmas: BusinessCalendar = {
      isBusinessDay: (day) =>
        MONDAY_TO_FRIDAY.isBusinessDay(day) && !['2026-12-24', '2026-12-25'].includes(day.isoDate),
    };
    const from = at('2026-12-23T10:00:00+01:00'); // Wednesday
    expect(addBusinessDays(from, 1, zone).toISOString()).toBe(
      at('2026-12-24T10:00:00+01:00').toISOString(),
    );
    expect(addBusinessDays(from, 1, zone, christmas).toISOString()).toBe(
      at('2026-12-28T10:00:00+01:00').toISOString(),
    );
  });

  it('refuses negative or fractional counts and a bad zone', () => {
    expect(() => addBusinessDays(at('2026-11-20T09:00:00Z'), -1, zone)).toThrow(RangeError);
    expect(() => addBusinessDays(at('2026-11-20T09:00:00Z'), 1.5, zone)).toThrow(RangeError);
    expect(() => addBusinessDays(at('2026-11-20T09:00:00Z'), 1, 'Not/AZone')).toThrow(RangeError);
  });
});
