import { describe, expect, it } from '@jest/globals';
import { lifecycleRefusal } from './lifecycle-refusal.js';
import type { LifecycleAction } from './lifecycle-actions.table.js';
import { applyAction, type ActionInput, type LifecycleState } from './request-lifecycle.machine.js';

const awaiting: LifecycleState = {
  status: 'awaiting_approval',
  type: 'access',
  dueAt: new Date('2027-01-31T23:59:59.999Z'),
};

function refusalOf(state: LifecycleState, action: LifecycleAction, input: ActionInput) {
  const outcome = applyAction(state, action, input);
  if (outcome.ok) throw new Error('expected a refusal');
  return lifecycleRefusal(outcome.error);
}

describe('lifecycle refusals as domain errors', () => {
  it('a deny without a reason code is a bad body naming reasonCode', () => {
    const error = refusalOf(awaiting, 'deny', { reason: 'no proof' });
    expect(error.code).toBe('invalid_input');
    expect(error.details?.reasonCode).toBe('reason_required');
    expect(error.details?.errors).toEqual([{ field: 'reasonCode', message: error.message }]);
  });

  it('an unknown code names reasonCode, a missing explanation names text', () => {
    expect(refusalOf(awaiting, 'deny', { denialReason: 'because' }).details?.errors).toEqual([
      expect.objectContaining({ field: 'reasonCode' }),
    ]);
    expect(refusalOf(awaiting, 'deny', { denialReason: 'other' }).details?.errors).toEqual([
      expect.objectContaining({ field: 'text' }),
    ]);
  });

  it('an action the status forbids stays a conflict, with its reason code', () => {
    const error = refusalOf({ ...awaiting, status: 'completed' }, 'deny', {
      denialReason: 'other',
    });
    expect(error.code).toBe('conflict');
    expect(error.details).toEqual({ reasonCode: 'transition_not_allowed' });
  });

  it('a second extension is a conflict', () => {
    const extended = { ...awaiting, extendedDueAt: new Date('2027-03-31T23:59:59.999Z') };
    const error = refusalOf(extended, 'extend', { reason: 'more', now: new Date('2027-01-02') });
    expect(error.code).toBe('conflict');
    expect(error.details?.reasonCode).toBe('already_extended');
  });
});
