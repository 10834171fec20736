import { describe, expect, it } from '@jest/globals';
import { emptyCounts } from '../connectors/connector-result.js';
import { summariseOutcome, type TaskOutcomeView } from './outcome-summary.js';
import { systemAnswers } from './system-answer.js';

const task = (over: Partial<TaskOutcomeView>): TaskOutcomeView => ({
  systemName: 'CRM',
  state: 'succeeded',
  outcome: 'completed',
  counts: null,
  retained: [],
  subjectNote: null,
  ...over,
});

describe('what the subject is told per system', () => {
  it('tells done, nothing found, not done, failed and pending apart, with the subject note', () => {
    const outcome = summariseOutcome([
      task({ systemName: 'CRM', counts: { ...emptyCounts(), erased: 2, masked: 1 } }),
      task({ systemName: 'Shop', outcome: 'not_found' }),
      task({ systemName: 'Stats', state: 'skipped', outcome: null }),
      task({ systemName: 'Mailer', state: 'failed', outcome: null, subjectNote: 'vendor down' }),
      task({ systemName: 'Archive', state: 'waiting', outcome: null }),
    ]);
    const { systems, unfinished } = systemAnswers(outcome);
    expect(systems.map((s) => [s.system, s.kind])).toEqual([
      ['CRM', 'done'],
      ['Shop', 'not_found'],
      ['Stats', 'not_done'],
      ['Mailer', 'failed'],
      ['Archive', 'pending'],
    ]);
    expect(systems[0]!.erased).toBe(3);
    expect(systems[3]!.note).toBe('vendor down');
    // Skipped is listed as not done, but it is not work left: failed and pending are.
    expect(unfinished).toBe(2);
  });

  it('a task closed by hand as failed is failed, though its state is final', () => {
    const outcome = summariseOutcome([task({ state: 'skipped', outcome: 'failed' })]);
    expect(systemAnswers(outcome).systems[0]!.kind).toBe('failed');
  });

  it('counts nothing unfinished when every system is done, empty or skipped', () => {
    const outcome = summariseOutcome([
      task({}),
      task({ systemName: 'Shop', outcome: 'not_found' }),
      task({ systemName: 'Stats', state: 'skipped', outcome: null }),
    ]);
    expect(systemAnswers(outcome).unfinished).toBe(0);
  });
});
