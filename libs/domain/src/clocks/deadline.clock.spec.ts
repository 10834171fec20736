import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import {
  acknowledgeBy,
  computeDueAt,
  computeExtendedDueAt,
  daysLeft,
  isOverdue,
  receiptDate,
} from './deadline.clock.js';

/** Noon UTC on a date: the same calendar date in UTC, the zone these tests use. */
const noon = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);
const endOfDayUtc = (isoDate: string) => `${isoDate}T23:59:59.999Z`;

/**
 * GDPR Art. 12(3) counted per Reg. (EEC, Euratom) 1182/71: Art. 3(2)(c) (same date next month, or
 * the month's last day) and Art. 3(4) (a last day on a Saturday, Sunday or public holiday ends on
 * the next working day). A bare zone has no holidays: weekends only.
 */
describe('GDPR: one calendar month from the receipt date, clamped to the month end, off weekends', () => {
  it.each([
    ['2026-01-31', '2026-03-02'], // common year: Sat 28 Feb → Mon 2 Mar (Art. 3(4))
    ['2028-01-31', '2028-02-29'], // leap year
    ['2026-01-30', '2026-03-02'],
    ['2028-01-30', '2028-02-29'],
    ['2026-01-29', '2026-03-02'],
    ['2028-01-29', '2028-02-29'],
    ['2026-01-28', '2026-03-02'],
    ['2028-02-29', '2028-03-29'],
    ['2026-02-28', '2026-03-30'], // Sat 28 Mar → Mon 30 Mar
    ['2026-03-29', '2026-04-29'],
    ['2026-03-30', '2026-04-30'],
    ['2026-03-31', '2026-04-30'],
    ['2026-04-30', '2026-06-01'], // Sat 30 May → Mon 1 Jun
    ['2026-05-31', '2026-06-30'],
    ['2026-07-31', '2026-08-31'],
    ['2026-08-31', '2026-09-30'],
    ['2026-10-31', '2026-11-30'],
    ['2026-11-30', '2026-12-30'],
    ['2026-12-29', '2027-01-29'],
    ['2026-12-31', '2027-02-01'], // Sun 31 Jan → Mon 1 Feb
  ])('received %s → due at the end of %s', (received, due) => {
    expect(computeDueAt(noon(received), 'gdpr', 'UTC').toISOString()).toBe(endOfDayUtc(due));
  });

  it.each([
    ['2026-01-31', '2026-04-30'], // not 28 Feb + 2 months (28 April)
    ['2026-03-15', '2026-06-15'],
    ['2026-11-29', '2027-03-01'], // Sun 28 Feb 2027 → Mon 1 Mar
    ['2026-11-30', '2027-03-01'],
    ['2027-11-30', '2028-02-29'],
    ['2026-12-31', '2027-03-31'],
  ])('extended: received %s → due at the end of %s (receipt + 3 months)', (received, due) => {
    expect(computeExtendedDueAt(noon(received), 'gdpr', 'UTC').toISOString()).toBe(
      endOfDayUtc(due),
    );
  });

  it('has no acknowledgement deadline', () => {
    expect(acknowledgeBy(noon('2026-11-20'), 'gdpr', 'Europe/Berlin')).toBeNull();
  });
});

describe('CCPA: 45 calendar days, once to 90, receipt confirmed within 10 business days', () => {
  it.each([
    ['2026-01-01', '2026-02-15'],
    ['2026-02-01', '2026-03-18'], // common year
    ['2028-02-01', '2028-03-17'], // leap year
    ['2026-12-01', '2027-01-15'],
  ])('received %s → due at the end of %s', (received, due) => {
    expect(computeDueAt(noon(received), 'ccpa', 'UTC').toISOString()).toBe(endOfDayUtc(due));
  });

  it.each([
    ['2026-01-01', '2026-04-01'],
    ['2026-11-20', '2027-02-18'],
  ])('extended: received %s → due at the end of %s (receipt + 90 days)', (received, due) => {
    expect(computeExtendedDueAt(noon(received), 'ccpa', 'UTC').toISOString()).toBe(
      endOfDayUtc(due),
    );
  });

  it.each([
    ['2026-11-20', '2026-12-04'], // Friday: two weekends skipped
    ['2026-11-23', '2026-12-07'], // Monday
    ['2026-11-21', '2026-12-04'], // Saturday: counting starts on Monday
    ['2026-12-24', '2027-01-07'], // no holiday calendar: 25 Dec and 1 Jan count
  ])('received %s → acknowledge by the end of %s', (received, by) => {
    expect(acknowledgeBy(noon(received), 'ccpa', 'UTC')?.toISOString()).toBe(endOfDayUtc(by));
  });

  it('counts the acknowledgement in the controller zone', () => {
    // Friday 20 November, 23:30 in Los Angeles is already Saturday in UTC.
    const late = new Date('2026-11-20T23:30:00-08:00');
    expect(acknowledgeBy(late, 'ccpa', 'America/Los_Angeles')?.toISOString()).toBe(
      '2026-12-05T07:59:59.999Z', // end of Friday 4 December, PST
    );
  });
});

describe('daysLeft and isOverdue', () => {
  const zone = 'Europe/Berlin';
  const dueAt = computeDueAt(new Date('2026-03-01T10:00:00+01:00'), 'gdpr', zone); // end of 1 April

  it('counts whole calendar days in the zone, across a daylight-saving change', () => {
    expect(daysLeft(dueAt, new Date('2026-03-28T12:00:00+01:00'), zone)).toBe(4);
    expect(daysLeft(dueAt, new Date('2026-03-31T23:59:00+02:00'), zone)).toBe(1);
    expect(daysLeft(dueAt, new Date('2026-04-01T00:00:00+02:00'), zone)).toBe(0);
    expect(daysLeft(dueAt, new Date('2026-04-01T23:59:59+02:00'), zone)).toBe(0);
    expect(daysLeft(dueAt, new Date('2026-04-02T00:00:30+02:00'), zone)).toBe(-1);
    expect(daysLeft(dueAt, new Date('2026-04-11T09:00:00+02:00'), zone)).toBe(-10);
  });

  it('depends on the zone the days are counted in', () => {
    const now = new Date('2026-04-01T22:30:00Z'); // 2 April in Berlin, still 1 April in UTC
    expect(daysLeft(dueAt, now, zone)).toBe(-1);
    expect(daysLeft(dueAt, now, 'UTC')).toBe(0);
  });

  it('is overdue only after the last millisecond of the due day', () => {
    expect(isOverdue(dueAt, new Date(dueAt.getTime()))).toBe(false);
    expect(isOverdue(dueAt, new Date('2026-04-01T23:59:59.999+02:00'))).toBe(false);
    expect(isOverdue(dueAt, new Date('2026-04-02T00:00:00+02:00'))).toBe(true);
    expect(isOverdue(dueAt, new Date('2026-03-02T00:00:00+01:00'))).toBe(false);
  });
});

describe('receipt date and bad arguments', () => {
  it('takes the receipt date in the controller zone', () => {
    const instant = new Date('2026-04-14T22:30:00Z');
    expect(receiptDate(instant, 'UTC')).toBe('2026-04-14');
    expect(receiptDate(instant, 'Europe/Berlin')).toBe('2026-04-15');
    expect(receiptDate(instant, 'America/Los_Angeles')).toBe('2026-04-14');
  });

  it('refuses an unknown jurisdiction, an unknown zone and an invalid date', () => {
    expect(() => computeDueAt(noon('2026-01-10'), 'mars', 'UTC')).toThrow(
      /unknown jurisdiction "mars"; known: gdpr, uk-gdpr, ccpa, us-va/,
    );
    expect(() => computeDueAt(noon('2026-01-10'), 'gdpr', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => computeDueAt(new Date('nonsense'), 'gdpr', 'UTC')).toThrow(RangeError);
    expect(() => daysLeft(noon('2026-01-10'), noon('2026-01-09'), 'Nowhere/City')).toThrow(
      RangeError,
    );
  });

  it('returns instants a luxon reader sees as the end of the local day', () => {
    const due = computeDueAt(noon('2026-06-15'), 'gdpr', 'Asia/Kolkata');
    expect(DateTime.fromJSDate(due, { zone: 'Asia/Kolkata' }).toISO()).toBe(
      '2026-07-15T23:59:59.999+05:30',
    );
  });
});
