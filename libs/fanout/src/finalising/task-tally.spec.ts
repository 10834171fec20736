import { describe, expect, it } from '@jest/globals';
import { REQUEST_STATUSES } from '@dsar/domain';
import { STORE_TASK_STATES, type StoreTaskState } from '@dsar/persistence';
import { progressOf, type TaskProgressView } from '@dsar/requests';
import { nothingToSettle, type TaskTally } from './task-tally.js';

const FINAL: readonly StoreTaskState[] = ['succeeded', 'failed', 'skipped'];

function tallyOf(tasks: readonly TaskProgressView[]): TaskTally {
  return {
    pending: tasks.filter((task) => !FINAL.includes(task.state)).length,
    failed: tasks.filter((task) => task.state === 'failed').length,
    unstarted: tasks.filter((task) => task.state === 'queued' && !task.enqueued).length,
  };
}

/** Every task a request can have in two stages: each state, with its job added or not. */
const VARIANTS: TaskProgressView[] = [0, 1].flatMap((stage) =>
  STORE_TASK_STATES.flatMap((state) =>
    [false, true].map((enqueued) => ({
      id: `${stage}-${state}-${enqueued}`,
      stage,
      state,
      enqueued,
    })),
  ),
);

/** Every set of up to three such tasks. */
function* taskSets(): Generator<TaskProgressView[]> {
  for (const a of VARIANTS) {
    yield [a];
    for (const b of VARIANTS) {
      yield [a, { ...b, id: `b${b.id}` }];
      for (const c of VARIANTS) yield [a, { ...b, id: `b${b.id}` }, { ...c, id: `c${c.id}` }];
    }
  }
}

describe('nothingToSettle', () => {
  it('says nothing is left only where the full look would start, complete and move nothing', () => {
    let quiet = 0;
    for (const tasks of taskSets()) {
      const tally = tallyOf(tasks);
      for (const status of ['in_progress', 'action_required'] as const) {
        if (!nothingToSettle(status, tally)) continue;
        quiet += 1;
        const progress = progressOf(tasks);
        expect(progress.kind).toBe('running');
        if (progress.kind !== 'running') continue;
        expect(progress.start).toEqual([]);
        // The finaliser moves in_progress → action_required on a failed task, and back on none.
        expect(progress.failed.length > 0).toBe(status === 'action_required');
      }
    }
    expect(quiet).toBeGreaterThan(0);
  });

  it('leaves a request that is not being worked alone', () => {
    const closed = REQUEST_STATUSES.filter((s) => s !== 'in_progress' && s !== 'action_required');
    for (const status of closed)
      expect(nothingToSettle(status, { pending: 0, failed: 0, unstarted: 3 })).toBe(true);
  });

  it('hands a started stage whose last task settled to the full look', () => {
    expect(nothingToSettle('in_progress', { pending: 0, failed: 0, unstarted: 0 })).toBe(false);
    expect(nothingToSettle('in_progress', { pending: 2, failed: 0, unstarted: 2 })).toBe(false);
    expect(nothingToSettle('in_progress', { pending: 1, failed: 1, unstarted: 0 })).toBe(false);
    expect(nothingToSettle('action_required', { pending: 1, failed: 0, unstarted: 0 })).toBe(false);
    expect(nothingToSettle('in_progress', { pending: 1, failed: 0, unstarted: 0 })).toBe(true);
  });
});
