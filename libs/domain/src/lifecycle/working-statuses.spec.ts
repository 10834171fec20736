import { describe, expect, it } from '@jest/globals';
import { ALLOWED_ACTIONS } from './lifecycle-actions.table.js';
import { REQUEST_STATUSES } from './request-status.types.js';
import {
  isWorking,
  OPEN_STATUSES_SQL,
  WORKING_STATUSES,
  WORKING_STATUSES_SQL,
} from './working-statuses.js';

describe('the working statuses', () => {
  it('are the approved, unclosed statuses: the ones a finished task can complete', () => {
    expect([...WORKING_STATUSES]).toEqual(['in_progress', 'action_required']);
    const completable = REQUEST_STATUSES.filter((status) =>
      (ALLOWED_ACTIONS[status] as readonly string[]).includes('complete'),
    );
    expect(completable.sort()).toEqual([...WORKING_STATUSES].sort());
  });

  it('answers for any status, and for no status at all', () => {
    expect(REQUEST_STATUSES.filter(isWorking)).toEqual(['in_progress', 'action_required']);
    expect(isWorking('completed')).toBe(false);
    expect(isWorking(undefined)).toBe(false);
  });

  it('reads the same list in SQL', () => {
    expect(WORKING_STATUSES_SQL).toBe(`('in_progress','action_required')`);
    expect(OPEN_STATUSES_SQL).toBe(
      `('pending_verification','awaiting_approval','in_progress','action_required','awaiting_subject')`,
    );
  });
});
