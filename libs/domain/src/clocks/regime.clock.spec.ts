import { describe, expect, it } from '@jest/globals';
import { POLICY_PACKS } from '../regimes/packs/index.js';
import { regimeClock } from './regime.clock.js';

const berlin = { controllerTimezone: 'Europe/Berlin', controllerCountry: 'DE' };
const london = { controllerTimezone: 'Europe/London', controllerCountry: 'GB' };

describe('the regime clock explains itself', () => {
  it('gives the issue example: received Sun 31 Jan 2027 under GDPR → due Mon 1 Mar 2027', () => {
    const clock = regimeClock({
      pack: POLICY_PACKS.gdpr,
      receivedAt: new Date('2027-01-31T11:00:00+01:00'),
      place: berlin,
    });
    expect(clock.dueAt.toISOString()).toBe('2027-03-01T22:59:59.999Z');
    expect(clock.summary).toBe(
      'Due Mon 1 Mar 2027: one month from Sun 31 Jan per GDPR Art. 12(3); 28 Feb is a Sunday, ' +
        'so the next working day (Reg. (EEC, Euratom) 1182/71 Art. 3(4))',
    );
    expect(clock.trace.map((step) => step.rule)).toEqual([
      'receipt',
      'answer',
      'answer.working_day',
      'due',
    ]);
    expect(clock.trace[1]).toEqual({
      rule: 'answer',
      citation: 'GDPR Art. 12(3)',
      result:
        'one month from Sun 31 Jan 2027: Sun 28 Feb 2027 (that month has no day 31, so its last day)',
    });
    expect(clock).toMatchObject({
      jurisdiction: 'gdpr',
      version: POLICY_PACKS.gdpr.version,
      extendedDueAt: null,
      acknowledgeBy: null,
      segments: [
        { from: new Date('2027-01-31T10:00:00Z'), to: null, running: true, reason: 'received' },
      ],
    });
  });

  it('names the holiday it rolls over', () => {
    const clock = regimeClock({
      pack: POLICY_PACKS['uk-gdpr'],
      receivedAt: new Date('2027-11-25T10:00:00Z'),
      place: london,
    });
    expect(clock.summary).toContain(
      '25 Dec is a public holiday (Christmas Day), so the next working day',
    );
    expect(clock.summary).toMatch(/^Due Wed 29 Dec 2027/);
  });

  it('extends GDPR from receipt: one month and two further months, then the roll', () => {
    const clock = regimeClock({
      pack: POLICY_PACKS.gdpr,
      receivedAt: new Date('2026-11-30T12:00:00Z'),
      place: { controllerTimezone: 'UTC' },
      extended: true,
    });
    // 28 Feb 2027 is a Sunday → Mon 1 Mar (GDPR Art. 12(3) with Reg. 1182/71 Art. 3(4)).
    expect(clock.extendedDueAt?.toISOString()).toBe('2027-03-01T23:59:59.999Z');
    expect(clock.trace.find((step) => step.rule === 'extension')?.citation).toBe(
      'GDPR Art. 12(3), second and third sentences',
    );
  });

  it('extends Iowa by 45 days on top of 90 (Iowa Code § 715D.3(2))', () => {
    const clock = regimeClock({
      pack: POLICY_PACKS['us-ia'],
      receivedAt: new Date('2026-01-01T12:00:00Z'),
      place: { controllerTimezone: 'UTC' },
      extended: true,
    });
    expect(clock.dueAt.toISOString()).toBe('2026-04-01T23:59:59.999Z');
    expect(clock.extendedDueAt?.toISOString()).toBe('2026-05-16T23:59:59.999Z');
  });
});

describe('pauses stop the clock only where the pack says so', () => {
  const receivedAt = new Date('2026-03-02T09:00:00Z'); // Monday
  const pauses = [
    {
      from: new Date('2026-03-04T09:00:00Z'),
      to: new Date('2026-03-11T15:00:00Z'),
      reason: 'clarification' as const,
    },
  ];

  it('moves the UK due date by the days waited (UK GDPR Art. 12A)', () => {
    const clock = regimeClock({ pack: POLICY_PACKS['uk-gdpr'], receivedAt, place: london, pauses });
    // 2 April + 7 days = Thu 9 April 2026; Good Friday is 3 April, not touched.
    expect(clock.dueAt.toISOString()).toBe('2026-04-09T22:59:59.999Z');
    expect(clock.segments).toEqual([
      { from: receivedAt, to: pauses[0]?.from, running: true, reason: 'received' },
      { from: pauses[0]?.from, to: pauses[0]?.to, running: false, reason: 'clarification' },
      { from: pauses[0]?.to, to: null, running: true, reason: 'resumed' },
    ]);
    expect(clock.summary).toContain('(after 7 paused days)');
  });

  it('leaves the GDPR due date where it was and says why', () => {
    const clock = regimeClock({ pack: POLICY_PACKS.gdpr, receivedAt, place: berlin, pauses });
    expect(clock.dueAt.toISOString()).toBe('2026-04-02T21:59:59.999Z');
    // The wait is shown, but as time the clock ran.
    expect(clock.segments).toEqual([
      { from: receivedAt, to: pauses[0]?.from, running: true, reason: 'received' },
      { from: pauses[0]?.from, to: pauses[0]?.to, running: true, reason: 'clarification' },
      { from: pauses[0]?.to, to: null, running: true, reason: 'resumed' },
    ]);
    expect(clock.trace.find((step) => step.rule === 'pause.clarification')?.result).toContain(
      'does not stop the clock under GDPR',
    );
  });

  it('counts an open pause up to now', () => {
    const open = [
      { from: new Date('2026-03-04T09:00:00Z'), to: null, reason: 'identity' as const },
    ];
    const clock = regimeClock({
      pack: POLICY_PACKS['uk-gdpr'],
      receivedAt,
      place: london,
      pauses: open,
      now: new Date('2026-03-06T09:00:00Z'),
    });
    // 2 April + 2 days waited = Sat 4 April; Sun 5, then Easter Monday 6 April: Tue 7 April.
    expect(clock.dueAt.toISOString()).toBe('2026-04-07T22:59:59.999Z');
    expect(clock.segments[clock.segments.length - 1]).toMatchObject({ running: false, to: null });
  });
});
