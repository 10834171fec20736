import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
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

describe('addBusinessDays against a day-by-day walk in the zone', () => {
  /** The plain reading: step one local day at a time in the zone, counting business days. */
  const walked = (from: Date, days: number, zone: string): DateTime => {
    let current = DateTime.fromJSDate(from, { zone });
    for (let left = days; left > 0;) {
      current = current.plus({ days: 1 });
      if (current.weekday <= 5) left -= 1;
    }
    return current;
  };

  it('lands on the same local day, at the same wall-clock time', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2035-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 70 }),
        fc.constantFrom(
          'Europe/Berlin',
          'America/Los_Angeles',
          'Australia/Sydney',
          'Asia/Kolkata',
          'UTC',
        ),
        (from, days, zone) => {
          const got = DateTime.fromJSDate(addBusinessDays(from, days, zone), { zone });
          const expected = walked(from, days, zone);
          expect(got.toISODate()).toBe(expected.toISODate());
          // The start's wall-clock time on that day (luxon's next valid one in a DST gap).
          const start = DateTime.fromJSDate(from, { zone });
          const sameTime = got.set({
            hour: start.hour,
            minute: start.minute,
            second: start.second,
            millisecond: start.millisecond,
          });
          expect(got.toMillis()).toBe(sameTime.toMillis());
        },
      ),
      { seed: 18, numRuns: 2000 },
    );
  });
});
