import { isWorking } from '@dsar/domain';

/** How a request's tasks stand, in three numbers one aggregate gives (TASK_TALLY_COLUMNS). */
export interface TaskTally {
  /** Tasks not final yet (queued, running, waiting). */
  pending: number;
  failed: number;
  /** Queued tasks whose job was never added: a stage that has not started. */
  unstarted: number;
}

/** The aggregate over one request's `store_tasks` rows that gives its TaskTally. */
export const TASK_TALLY_COLUMNS = `
  count(*) FILTER (WHERE state NOT IN ('succeeded', 'failed', 'skipped'))::int AS pending,
  count(*) FILTER (WHERE state = 'failed')::int AS failed,
  count(*) FILTER (WHERE state = 'queued' AND enqueued_at IS NULL)::int AS unstarted`;

/**
 * True when a task that just settled leaves the finaliser nothing to do, decided from the tally
 * alone: other tasks of a started stage are still open, so no stage starts and nothing completes,
 * and the request's status already says whether a task failed for good. Anything else (a stage
 * to start, a request to complete or to move) takes the finaliser's full look at the tasks.
 */
export function nothingToSettle(status: string, tally: TaskTally): boolean {
  if (!isWorking(status)) return true;
  if (tally.pending === 0 || tally.unstarted > 0) return false;
  return tally.failed === 0 ? status !== 'action_required' : status !== 'in_progress';
}
