import { describe, expect, it } from '@jest/globals';
import { computeDueAt, computeExtendedDueAt } from './deadline.clock.js';

/** Expected instants are written as local wall time with that day's offset, worked out by hand. */
describe("due dates in the controller's zone across daylight-saving changes", () => {
  it.each([
    // Europe/Berlin springs forward on 29 March 2026 (02:00 CET → 03:00 CEST).
    ['ccpa', 'Europe/Berlin', '2026-02-12T12:00:00+01:00', '2026-03-29T23:59:59.999+02:00'],
    // Sat 28 March rolls to Mon 30 March (Reg. 1182/71 Art. 3(4)), past the spring-forward.
    ['gdpr', 'Europe/Berlin', '2026-02-28T12:00:00+01:00', '2026-03-30T23:59:59.999+02:00'],
    // Received on the spring-forward day, before and after the jump: the same receipt date.
    ['gdpr', 'Europe/Berlin', '2026-03-29T01:30:00+01:00', '2026-04-29T23:59:59.999+02:00'],
    ['gdpr', 'Europe/Berlin', '2026-03-29T03:30:00+02:00', '2026-04-29T23:59:59.999+02:00'],
    // Europe/Berlin falls back on 25 October 2026 (03:00 CEST → 02:00 CET).
    // Sun 25 October (fall-back day) rolls to Mon 26 October, in CET.
    ['gdpr', 'Europe/Berlin', '2026-09-25T12:00:00+02:00', '2026-10-26T23:59:59.999+01:00'],
    ['ccpa', 'Europe/Berlin', '2026-09-10T12:00:00+02:00', '2026-10-25T23:59:59.999+01:00'],
    // Received in the repeated hour of the fall-back day.
    ['gdpr', 'Europe/Berlin', '2026-10-25T02:30:00+01:00', '2026-11-25T23:59:59.999+01:00'],
    // America/Los_Angeles springs forward on 8 March 2026 and falls back on 1 November 2026.
    ['gdpr', 'America/Los_Angeles', '2026-02-08T12:00:00-08:00', '2026-03-09T23:59:59.999-07:00'],
    ['gdpr', 'America/Los_Angeles', '2026-10-01T12:00:00-07:00', '2026-11-02T23:59:59.999-08:00'],
    ['ccpa', 'America/Los_Angeles', '2026-09-17T12:00:00-07:00', '2026-11-01T23:59:59.999-08:00'],
    // America/Santiago: 6 September 2026 has no midnight (00:00 -04 → 01:00 -03).
    // Sun 6 September has no midnight; the due day rolls to Mon 7 September.
    ['gdpr', 'America/Santiago', '2026-08-06T12:00:00-04:00', '2026-09-07T23:59:59.999-03:00'],
    ['gdpr', 'America/Santiago', '2026-09-06T12:00:00-03:00', '2026-10-06T23:59:59.999-03:00'],
  ])('%s in %s: received %s → due %s', (jurisdiction, zone, received, due) => {
    expect(computeDueAt(new Date(received), jurisdiction, zone).toISOString()).toBe(
      new Date(due).toISOString(),
    );
  });

  it('ends an extended period at local midnight too', () => {
    // Receipt 25 July 2026 (Berlin, CEST) + 3 months = Sun 25 October, the fall-back day → Mon 26.
    const extended = computeExtendedDueAt(
      new Date('2026-07-25T09:00:00+02:00'),
      'gdpr',
      'Europe/Berlin',
    );
    expect(extended.toISOString()).toBe('2026-10-26T22:59:59.999Z');
  });
});

describe('receipt a minute before and a minute after local midnight', () => {
  it.each([
    // Berlin, summer time: both instants fall on 14 April in UTC, on different days in Berlin.
    ['Europe/Berlin', '2026-04-14T23:59:00+02:00', '2026-05-14T23:59:59.999+02:00'],
    ['Europe/Berlin', '2026-04-15T00:01:00+02:00', '2026-05-15T23:59:59.999+02:00'],
    // Berlin, month end: 30 April → Sat 30 May (→ Mon 1 June), and 1 May → 1 June.
    ['Europe/Berlin', '2026-04-30T23:59:00+02:00', '2026-06-01T23:59:59.999+02:00'], // Sat 30 May
    ['Europe/Berlin', '2026-05-01T00:01:00+02:00', '2026-06-01T23:59:59.999+02:00'],
    // Los Angeles: both instants fall on 1 July in UTC.
    ['America/Los_Angeles', '2026-06-30T23:59:00-07:00', '2026-07-30T23:59:59.999-07:00'],
    ['America/Los_Angeles', '2026-07-01T00:01:00-07:00', '2026-08-03T23:59:59.999-07:00'], // Sat 1 Aug
  ])('in %s: received %s → due %s', (zone, received, due) => {
    expect(computeDueAt(new Date(received), 'gdpr', zone).toISOString()).toBe(
      new Date(due).toISOString(),
    );
  });

  it('gives the same instant different due dates in different zones', () => {
    const instant = new Date('2026-05-31T22:30:00Z'); // 1 June in Berlin, 31 May in UTC
    expect(computeDueAt(instant, 'gdpr', 'Europe/Berlin').toISOString()).toBe(
      '2026-07-01T21:59:59.999Z',
    );
    expect(computeDueAt(instant, 'gdpr', 'UTC').toISOString()).toBe('2026-06-30T23:59:59.999Z');
  });
});
