import { describe, expect, it } from '@jest/globals';
import { computeDueAt, acknowledgeBy } from './deadline.clock.js';
import { holidayCalendarProblem, workingCalendar } from './holiday.calendar.js';

const endOfLocalDay = (isoDate: string, offset: string) =>
  new Date(`${isoDate}T23:59:59.999${offset}`).toISOString();

describe("the working-day roll over the controller's public holidays", () => {
  it.each([
    // Reg. 1182/71 Art. 3(4): Ascension (Thu 6 May 2027) is a public holiday in Germany.
    ['gdpr', 'DE', null, 'Europe/Berlin', '2027-04-06T10:00:00+02:00', '2027-05-07', '+02:00'],
    // Fête nationale, Wed 14 July 2027.
    ['gdpr', 'FR', null, 'Europe/Paris', '2027-06-14T10:00:00+02:00', '2027-07-15', '+02:00'],
    // Christmas Day on a Saturday: Sat 25 and Sun 26, then the substitute days Mon 27 and Tue 28.
    ['uk-gdpr', 'GB', null, 'Europe/London', '2027-11-25T10:00:00Z', '2027-12-29', 'Z'],
    // Dia de Tiradentes, Wed 21 April 2027, for a controller in São Paulo.
    ['gdpr', 'BR', null, 'America/Sao_Paulo', '2027-03-21T10:00:00-03:00', '2027-04-22', '-03:00'],
    // PIPEDA s. 8(3) + Interpretation Act s. 26: 30 days to Canada Day (Thu 1 July 2027).
    ['pipeda', 'CA', null, 'America/Toronto', '2027-06-01T10:00:00-04:00', '2027-07-02', '-04:00'],
    // 30 days to Sat 4 Sept 2027, Sun 5, then Labour Day Mon 6: Tue 7 Sept.
    ['pipeda', 'CA', null, 'America/Toronto', '2027-08-05T10:00:00-04:00', '2027-09-07', '-04:00'],
    // Juneteenth (Sat 19 June 2027) is observed on Fri 18 June in California: Mon 21 June.
    [
      'gdpr',
      'US',
      'US-CA',
      'America/Los_Angeles',
      '2027-05-18T10:00:00-07:00',
      '2027-06-21',
      '-07:00',
    ],
  ])(
    '%s, controller in %s %s (%s): received %s → due %s',
    (code, country, region, zone, received, due, offset) => {
      const place = {
        controllerTimezone: zone,
        controllerCountry: country,
        controllerRegion: region,
      };
      expect(computeDueAt(new Date(received), code, place).toISOString()).toBe(
        endOfLocalDay(due, offset),
      );
    },
  );

  it('does not roll where the regime counts plain calendar days (CCPA: Sun 15 Feb 2026 stays)', () => {
    const place = { controllerTimezone: 'UTC', controllerCountry: 'US', controllerRegion: 'CA' };
    expect(computeDueAt(new Date('2026-01-01T12:00:00Z'), 'ccpa', place).toISOString()).toBe(
      '2026-02-15T23:59:59.999Z',
    );
  });
});

describe('business days skip public holidays and their substitute days', () => {
  const california = {
    controllerTimezone: 'America/Los_Angeles',
    controllerCountry: 'US',
    controllerRegion: 'US-CA',
  };

  it.each([
    // 11 CCR § 7021(a): 10 business days. Thanksgiving (25 Nov) and the day after are holidays.
    ['2027-11-22T10:00:00-08:00', '2027-12-08'],
    // Christmas falls on a Saturday: Fri 24 Dec is the substitute; so is Fri 31 Dec for 1 Jan 2028.
    ['2027-12-20T10:00:00-08:00', '2028-01-05'],
  ])('CCPA receipt confirmation from %s in California: by the end of %s', (received, by) => {
    expect(acknowledgeBy(new Date(received), 'ccpa', california)?.toISOString()).toBe(
      endOfLocalDay(by, '-08:00'),
    );
  });

  it('counts Monday to Friday only when no country is set', () => {
    expect(
      acknowledgeBy(
        new Date('2027-11-22T10:00:00-08:00'),
        'ccpa',
        'America/Los_Angeles',
      )?.toISOString(),
    ).toBe(endOfLocalDay('2027-12-06', '-08:00'));
  });

  it('counts public holidays only: observances and bank-only days are working days', () => {
    const germany = workingCalendar({
      controllerTimezone: 'Europe/Berlin',
      controllerCountry: 'DE',
    });
    expect(germany.isBusinessDay({ isoDate: '2027-12-24', weekday: 5 })).toBe(true); // Heiligabend
    expect(germany.isBusinessDay({ isoDate: '2027-12-27', weekday: 1 })).toBe(true); // no substitute in DE
    expect(germany.holidayOn('2027-10-03')).toBe('Tag der Deutschen Einheit');
    const britain = workingCalendar({
      controllerTimezone: 'Europe/London',
      controllerCountry: 'GB',
    });
    expect(britain.isBusinessDay({ isoDate: '2027-12-27', weekday: 1 })).toBe(false);
    expect(britain.holidayOn('2027-12-28')).toBe('Boxing Day (substitute day)');
    const canada = workingCalendar({
      controllerTimezone: 'America/Toronto',
      controllerCountry: 'CA',
    });
    expect(canada.isBusinessDay({ isoDate: '2027-09-30', weekday: 4 })).toBe(true); // an observance
  });

  it('takes regional holidays from the region (Bavaria: Epiphany)', () => {
    const berlin = workingCalendar({
      controllerTimezone: 'Europe/Berlin',
      controllerCountry: 'DE',
    });
    const munich = workingCalendar({
      controllerTimezone: 'Europe/Berlin',
      controllerCountry: 'DE',
      controllerRegion: 'DE-BY',
    });
    expect(berlin.isBusinessDay({ isoDate: '2027-01-06', weekday: 3 })).toBe(true);
    expect(munich.isBusinessDay({ isoDate: '2027-01-06', weekday: 3 })).toBe(false);
  });
});

describe('holiday calendar names', () => {
  it('knows countries and subdivisions, with or without the country prefix', () => {
    expect(holidayCalendarProblem('DE', 'DE-BY')).toBeNull();
    expect(holidayCalendarProblem('us', 'CA')).toBeNull();
    expect(holidayCalendarProblem('XX')).toEqual({
      key: 'country',
      message: expect.stringContaining('XX'),
    });
    expect(holidayCalendarProblem('DE', 'ZZ')).toEqual({
      key: 'region',
      message: expect.stringContaining('ZZ'),
    });
    expect(() => workingCalendar({ controllerTimezone: 'UTC', controllerCountry: 'XX' })).toThrow(
      RangeError,
    );
  });
});
