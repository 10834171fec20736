import { describe, expect, it } from '@jest/globals';
import { computeDueAt } from './deadline.clock.js';
import { pausedDueDates } from './request-clock.js';

const london = { controllerTimezone: 'Europe/London', controllerCountry: 'GB' };
const receivedAt = new Date('2026-03-02T09:00:00Z'); // Monday
const clarification = {
  from: new Date('2026-03-04T09:00:00Z'),
  to: new Date('2026-03-11T15:00:00Z'),
  reason: 'clarification' as const,
};
const stored = (jurisdiction: string, dueAt = computeDueAt(receivedAt, jurisdiction, london)) => ({
  jurisdiction,
  type: 'access',
  policyVersion: '2026.1',
  receivedAt,
  dueAt,
  extendedDueAt: null,
});

describe('pausedDueDates', () => {
  it('moves a UK date by the seven days waited (UK GDPR Art. 12A)', () => {
    expect(pausedDueDates(stored('uk-gdpr'), london, [], clarification)).toEqual({
      dueAt: new Date('2026-04-09T22:59:59.999Z'),
      extendedDueAt: null,
    });
  });

  it('keeps the GDPR date: the wait does not stop its clock', () => {
    const request = stored('gdpr');
    expect(pausedDueDates(request, london, [], clarification).dueAt).toEqual(request.dueAt);
  });

  it('adds only the shift to a stored (pinned) date that differs from the pack today', () => {
    const pinned = new Date('2026-04-03T22:59:59.999Z');
    expect(pausedDueDates(stored('uk-gdpr', pinned), london, [], clarification).dueAt).toEqual(
      new Date('2026-04-10T22:59:59.999Z'),
    );
  });
});

describe('pausedDueDates with two pauses', () => {
  it('adds the second wait once, on top of the date the first already moved', () => {
    const second = {
      from: new Date('2026-03-16T09:00:00Z'),
      to: new Date('2026-03-19T09:00:00Z'),
      reason: 'clarification' as const,
    };
    const moved = pausedDueDates(stored('uk-gdpr'), london, [], clarification).dueAt;
    const again = pausedDueDates(stored('uk-gdpr', moved), london, [clarification], second);
    // 2 April + 7 + 3 days = Sun 12 April 2026 → the next working day, Mon 13 April.
    expect(again.dueAt).toEqual(new Date('2026-04-13T22:59:59.999Z'));
  });
});
