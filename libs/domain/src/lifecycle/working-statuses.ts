import { sqlWordList } from '../sql/sql-literals.js';
import { OPEN_STATUSES, type RequestStatus } from './request-status.types.js';

/**
 * Approved and not yet closed: tasks run or wait, the finaliser may complete the request, a task
 * may be retried, spool files are kept. The one definition; SQL reads it through
 * `WORKING_STATUSES_SQL`.
 */
export const WORKING_STATUSES = [
  'in_progress',
  'action_required',
] as const satisfies readonly RequestStatus[];
export type WorkingStatus = (typeof WORKING_STATUSES)[number];

export function isWorking(status: string | null | undefined): status is WorkingStatus {
  return (WORKING_STATUSES as readonly (string | null | undefined)[]).includes(status);
}

/** `('in_progress','action_required')`, for `status IN …`. */
export const WORKING_STATUSES_SQL = sqlWordList(WORKING_STATUSES);

/** The open statuses as an SQL list, for `status IN …`. */
export const OPEN_STATUSES_SQL = sqlWordList(OPEN_STATUSES);
