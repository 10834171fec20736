import { describe, expect, it } from '@jest/globals';
import { internalTarget } from './internal-target.js';

const london = { controllerTimezone: 'Europe/London', controllerCountry: 'GB' };
const berlin = { controllerTimezone: 'Europe/Berlin', controllerCountry: 'DE' };

describe('internalTarget', () => {
  it('counts five working days back over a weekend', () => {
    // Due Fri 11 Dec 2026 (London): Thu 10, Wed 9, Tue 8, Mon 7, Fri 4 Dec.
    const due = new Date('2026-12-11T23:59:59.999Z');
    expect(internalTarget(due, 5, london).toISOString()).toBe('2026-12-04T23:59:59.999Z');
  });

  it('skips the controller’s public holidays (Easter in Germany)', () => {
    // Due Wed 8 Apr 2026: Tue 7, [Mon 6 Easter Monday], [Fri 3 Good Friday], Thu 2, Wed 1, Tue 31 Mar.
    const due = new Date('2026-04-08T21:59:59.999Z');
    expect(internalTarget(due, 4, berlin).toISOString()).toBe('2026-03-31T21:59:59.999Z');
  });

  it('is the due day itself with no days, and refuses a negative count', () => {
    const due = new Date('2026-12-11T23:59:59.999Z');
    expect(internalTarget(due, 0, london)).toEqual(due);
    expect(() => internalTarget(due, -1, london)).toThrow(RangeError);
  });

  it('gives the same answer counted again or remembered, per count, place and due day', () => {
    const morning = new Date('2026-12-11T08:00:00Z');
    const night = new Date('2026-12-11T23:59:59.999Z');
    const first = internalTarget(morning, 5, london);
    first.setFullYear(2000); // a caller changing its Date changes nothing remembered
    expect(internalTarget(night, 5, london).toISOString()).toBe('2026-12-04T23:59:59.999Z');
    expect(internalTarget(night, 1, london).toISOString()).toBe('2026-12-10T23:59:59.999Z');
    // The same instant is Saturday 12 Dec in Berlin: counted in Berlin's zone, not London's.
    expect(internalTarget(night, 1, berlin).toISOString()).toBe('2026-12-11T22:59:59.999Z');
    expect(internalTarget(morning, 1, berlin).toISOString()).toBe('2026-12-10T22:59:59.999Z');
  });
});
