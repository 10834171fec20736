import type { StoreTaskState } from '@dsar/persistence';

export interface TaskProgressView {
  id: string;
  stage: number;
  state: StoreTaskState;
  enqueued: boolean;
}

export type RequestProgress =
  /** Every task is final and none failed. */
  | { kind: 'done' }
  /** Work remains; `start` are the tasks of the current stage whose jobs are not yet added. */
  | { kind: 'running'; stage: number; start: string[]; failed: string[] };

const FINAL: readonly StoreTaskState[] = ['succeeded', 'failed', 'skipped'];

/**
 * Where a request's work stands, decided from its tasks alone. A stage starts only when every
 * earlier stage is final and none of it failed: the systems after a failed identity provider would
 * otherwise run without the keys it would have provided.
 */
export function progressOf(tasks: readonly TaskProgressView[]): RequestProgress {
  const failed = tasks.filter((task) => task.state === 'failed');
  const pending = tasks.filter((task) => !FINAL.includes(task.state));
  if (pending.length === 0 && failed.length === 0) return { kind: 'done' };
  const stage = pending.length ? Math.min(...pending.map((task) => task.stage)) : Infinity;
  const blocked = failed.some((task) => task.stage < stage);
  const start = blocked
    ? []
    : pending
        .filter((task) => task.stage === stage && task.state === 'queued' && !task.enqueued)
        .map((task) => task.id);
  return {
    kind: 'running',
    stage: Number.isFinite(stage) ? stage : -1,
    start,
    failed: failed.map((task) => task.id),
  };
}
