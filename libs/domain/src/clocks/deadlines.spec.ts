import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import {
  acknowledgeBy,
  addBusinessDays,
  computeDueAt,
  computeExtendedDueAt,
  daysLeft,
  isOverdue,
} from './deadlines.js';

const utc = (iso: string) => new Date(`${iso}Z`);
/** The local wall-clock time of an instant in a zone, for readable expectations. */
const local = (date: Date, zone: string) =>
  DateTime.fromJSDate(date, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");

describe('GDPR: one calendar month from the receipt date', () => {
  it.each([
    ['2026-01-31T10:00:00', '2026-02-28'], // common year
    ['2028-01-31T10:00:00', '2028-02-29'], // leap year
    ['2026-01-30T10:00:00', '2026-02-28'],
    ['2026-01-29T10:00:00', '2026-02-28'],
    ['2028-01-29T10:00:00', '2028-02-29'],
    ['2026-03-31T10:00:00', '2026-04-30'],
    ['2026-03-30T10:00:00', '2026-04-30'],
    ['2026-03-29T10:00:00', '2026-04-29'],
    ['2026-05-31T10:00:00', '2026-06-30'],
    ['2026-08-31T10:00:00', '2026-09-30'],
    ['2026-04-30T10:00:00', '2026-05-30'],
    ['2026-12-31T10:00:00', '2027-01-31'],
    ['2026-02-28T10:00:00', '2026-03-28'],
  ])('received %s → due end of %s', (received, dueDay) => {
    expect(local(computeDueAt(utc(received), 'gdpr', 'UTC'), 'UTC')).toBe(`${dueDay}T23:59:59.999`);
  });

  it('extends to three months from receipt, clamped to the month end', () => {
    expect(local(computeExtendedDueAt(utc('2026-01-31T10:00:00'), 'gdpr', 'UTC'), 'UTC')).toBe(
      '2026-04-30T23:59:59.999',
    );
    expect(local(computeExtendedDueAt(utc('2026-11-30T10:00:00'), 'gdpr', 'UTC'), 'UTC')).toBe(
      '2027-02-28T23:59:59.999',
    );
  });
});

describe('CCPA: 45 days, once +45, receipt confirmed within 10 business days', () => {
  it('is due 45 calendar days after the receipt date', () => {
    expect(local(computeDueAt(utc('2026-01-01T12:00:00'), 'ccpa', 'UTC'), 'UTC')).toBe(
      '2026-02-15T23:59:59.999',
    );
  });

  it('extends to 90 days from receipt', () => {
    expect(local(computeExtendedDueAt(utc('2026-01-01T12:00:00'), 'ccpa', 'UTC'), 'UTC')).toBe(
      '2026-04-01T23:59:59.999',
    );
  });

  it('counts 10 business days across weekends', () => {
    // Friday 2026-11-20 → two weekends skipped → Friday 2026-12-04.
    expect(local(acknowledgeBy(utc('2026-11-20T09:00:00'), 'ccpa', 'UTC')!, 'UTC')).toBe(
      '2026-12-04T23:59:59.999',
    );
    // Received on a Saturday: Monday is the first business day.
    const saturday = DateTime.fromISO('2026-11-21', { zone: 'UTC' });
    expect(addBusinessDays(saturday, 1).toISODate()).toBe('2026-11-23');
    expect(addBusinessDays(saturday, 10).toISODate()).toBe('2026-12-04');
  });

  it('has no acknowledgement rule under GDPR', () => {
    expect(acknowledgeBy(utc('2026-11-20T09:00:00'), 'gdpr', 'UTC')).toBeNull();
  });
});

describe("the controller's time zone", () => {
  it('ends the due day at local midnight on the day clocks spring forward (Berlin)', () => {
    // 23:30 UTC on 28 Feb is already 1 March in Berlin.
    const lateUtc = computeDueAt(utc('2026-02-28T23:30:00'), 'gdpr', 'Europe/Berlin');
    expect(local(lateUtc, 'Europe/Berlin')).toBe('2026-04-01T23:59:59.999');
    // Received on the spring-forward day itself (29 March 2026, 02:00 → 03:00).
    const receivedOnSpringForward = computeDueAt(
      new Date('2026-03-29T03:30:00+02:00'),
      'gdpr',
      'Europe/Berlin',
    );
    expect(local(receivedOnSpringForward, 'Europe/Berlin')).toBe('2026-04-29T23:59:59.999');
    const dueOn29March = computeDueAt(
      new Date('2026-02-12T12:00:00+01:00'),
      'ccpa',
      'Europe/Berlin',
    );
    expect(local(dueOn29March, 'Europe/Berlin')).toBe('2026-03-29T23:59:59.999');
    expect(dueOn29March.toISOString()).toBe('2026-03-29T21:59:59.999Z'); // CEST, UTC+2
  });

  it('ends the due day at local midnight on the day clocks fall back (Berlin, Los Angeles)', () => {
    const berlin = computeDueAt(new Date('2026-09-10T12:00:00+02:00'), 'ccpa', 'Europe/Berlin'); // +45 → 25 Oct
    expect(local(berlin, 'Europe/Berlin')).toBe('2026-10-25T23:59:59.999');
    expect(berlin.toISOString()).toBe('2026-10-25T22:59:59.999Z'); // CET, UTC+1
    const receivedOnFallBack = computeDueAt(
      new Date('2026-10-25T02:30:00+01:00'),
      'gdpr',
      'Europe/Berlin',
    );
    expect(local(receivedOnFallBack, 'Europe/Berlin')).toBe('2026-11-25T23:59:59.999');
    const la = computeDueAt(new Date('2026-10-01T12:00:00-07:00'), 'gdpr', 'America/Los_Angeles'); // → 1 Nov, DST ends
    expect(local(la, 'America/Los_Angeles')).toBe('2026-11-01T23:59:59.999');
    expect(la.toISOString()).toBe('2026-11-02T07:59:59.999Z'); // PST, UTC-8
  });

  it('uses the local receipt date: a minute before and after local midnight differ', () => {
    const before = computeDueAt(new Date('2026-01-30T23:59:00+01:00'), 'gdpr', 'Europe/Berlin');
    const after = computeDueAt(new Date('2026-01-31T00:01:00+01:00'), 'gdpr', 'Europe/Berlin');
    expect(local(before, 'Europe/Berlin')).toBe('2026-02-28T23:59:59.999');
    expect(local(after, 'Europe/Berlin')).toBe('2026-02-28T23:59:59.999');
    const beforeMarch = computeDueAt(
      new Date('2026-03-30T23:59:00+02:00'),
      'gdpr',
      'Europe/Berlin',
    );
    const afterMarch = computeDueAt(new Date('2026-03-31T00:01:00+02:00'), 'gdpr', 'Europe/Berlin');
    expect(local(beforeMarch, 'Europe/Berlin')).toBe('2026-04-30T23:59:59.999');
    expect(local(afterMarch, 'Europe/Berlin')).toBe('2026-04-30T23:59:59.999');
    const beforeApril = computeDueAt(
      new Date('2026-04-14T23:59:00+02:00'),
      'gdpr',
      'Europe/Berlin',
    );
    const afterApril = computeDueAt(new Date('2026-04-15T00:01:00+02:00'), 'gdpr', 'Europe/Berlin');
    expect(local(beforeApril, 'Europe/Berlin')).toBe('2026-05-14T23:59:59.999');
    expect(local(afterApril, 'Europe/Berlin')).toBe('2026-05-15T23:59:59.999');
    // The same instant is a different receipt date in UTC.
    expect(local(computeDueAt(new Date('2026-04-15T00:01:00+02:00'), 'gdpr', 'UTC'), 'UTC')).toBe(
      '2026-05-14T23:59:59.999',
    );
  });
});

describe('days left and overdue', () => {
  const due = computeDueAt(utc('2026-01-10T10:00:00'), 'gdpr', 'UTC'); // end of 10 Feb

  it('counts whole calendar days in the zone', () => {
    expect(daysLeft(due, utc('2026-02-01T08:00:00'), 'UTC')).toBe(9);
    expect(daysLeft(due, utc('2026-02-10T23:00:00'), 'UTC')).toBe(0);
    expect(daysLeft(due, utc('2026-02-12T01:00:00'), 'UTC')).toBe(-2);
  });

  it('is overdue only after the end of the due day', () => {
    expect(isOverdue(due, utc('2026-02-10T23:59:59'))).toBe(false);
    expect(isOverdue(due, utc('2026-02-11T00:00:00'))).toBe(true);
  });

  it('refuses an unknown jurisdiction', () => {
    expect(() => computeDueAt(utc('2026-01-10T10:00:00'), 'mars', 'UTC')).toThrow(
      /unknown jurisdiction/,
    );
  });
});
