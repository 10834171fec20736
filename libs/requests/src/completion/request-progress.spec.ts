import { describe, expect, it } from '@jest/globals';
import { progressOf, type TaskProgressView } from './request-progress.js';

const task = (
  id: string,
  stage: number,
  state: TaskProgressView['state'],
  enqueued = state !== 'queued',
): TaskProgressView => ({ id, stage, state, enqueued });

describe('progressOf', () => {
  it('starts the first stage, and only it', () => {
    expect(progressOf([task('a', 0, 'queued'), task('b', 1, 'queued')])).toEqual({
      kind: 'running',
      stage: 0,
      start: ['a'],
      failed: [],
    });
  });

  it('starts the next stage once every earlier task is final', () => {
    expect(
      progressOf([task('a', 0, 'succeeded'), task('s', 0, 'skipped'), task('b', 1, 'queued')]),
    ).toMatchObject({ stage: 1, start: ['b'] });
    expect(progressOf([task('a', 0, 'waiting'), task('b', 1, 'queued')])).toMatchObject({
      stage: 0,
      start: [],
    });
  });

  it('does not start a stage after a failed one, and reports the failure', () => {
    expect(progressOf([task('a', 0, 'failed'), task('b', 1, 'queued')])).toEqual({
      kind: 'running',
      stage: 1,
      start: [],
      failed: ['a'],
    });
  });

  it('is not done while a task failed, and done when every task is final without failure', () => {
    expect(progressOf([task('a', 0, 'failed')])).toMatchObject({ kind: 'running', failed: ['a'] });
    expect(progressOf([task('a', 0, 'succeeded'), task('b', 1, 'skipped')])).toEqual({
      kind: 'done',
    });
    expect(progressOf([])).toEqual({ kind: 'done' });
  });
});
