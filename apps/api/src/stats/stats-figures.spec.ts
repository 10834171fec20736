import { describe, expect, it } from '@jest/globals';
import { weekStart, weeklySeries } from './stats-figures.js';

describe('dashboard weeks', () => {
  it('starts a week on Monday, UTC', () => {
    expect(weekStart(new Date('2026-11-25T23:59:00Z')).toISOString()).toBe(
      '2026-11-23T00:00:00.000Z',
    );
    expect(weekStart(new Date('2026-11-23T00:00:00Z')).toISOString()).toBe(
      '2026-11-23T00:00:00.000Z',
    );
    expect(weekStart(new Date('2026-11-22T12:00:00Z')).toISOString()).toBe(
      '2026-11-16T00:00:00.000Z',
    );
  });

  it('fills empty weeks with zeros, oldest first, ending with the current week', () => {
    const series = weeklySeries(
      new Date('2026-11-25T10:00:00Z'),
      [{ week: new Date('2026-11-16T00:00:00Z'), received: 3, completed: 1 }],
      3,
    );
    expect(series).toEqual([
      { week: '2026-11-09', received: 0, completed: 0 },
      { week: '2026-11-16', received: 3, completed: 1 },
      { week: '2026-11-23', received: 0, completed: 0 },
    ]);
  });
});
