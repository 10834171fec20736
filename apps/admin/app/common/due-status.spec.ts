import { describe, expect, it } from '@jest/globals';
import { dueStatus } from './due-status.js';

const now = new Date(2026, 10, 25, 10, 0);
const inDays = (days: number, hour = 23) => new Date(2026, 10, 25 + days, hour, 59);

describe('deadline colour by days left', () => {
  it.each([
    [30, 'ok', '30 days left'],
    [10, 'ok', '10 days left'],
    [9, 'soon', '9 days left'],
    [5, 'soon', '5 days left'],
    [4, 'urgent', '4 days left'],
    [1, 'urgent', '1 day left'],
    [0, 'urgent', 'due today'],
  ])('%i days → %s', (days, tone, label) => {
    expect(dueStatus(inDays(days), now)).toMatchObject({ tone, label, daysLeft: days });
  });

  it('says overdue in words, not only in red', () => {
    expect(dueStatus(inDays(-3), now)).toMatchObject({
      tone: 'overdue',
      label: 'OVERDUE by 3 days',
    });
    expect(dueStatus(new Date(2026, 10, 25, 9, 0), now)).toMatchObject({
      tone: 'overdue',
      label: 'OVERDUE by 1 day',
    });
  });

  it('does not alarm about a closed request', () => {
    expect(dueStatus(inDays(-3), now, true).tone).toBe('closed');
  });
});
