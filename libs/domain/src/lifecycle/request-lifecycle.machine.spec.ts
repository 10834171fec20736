import { describe, expect, it } from '@jest/globals';
import {
  ALLOWED_ACTIONS,
  LIFECYCLE_ACTIONS,
  RETURN_ACTIONS,
  type LifecycleAction,
} from './lifecycle-actions.table.js';
import { applyAction, type ActionInput, type LifecycleState } from './request-lifecycle.machine.js';
import { REQUEST_STATUSES, type RequestStatus } from './request-status.types.js';

const dueAt = new Date('2026-12-31T22:59:59.999Z');
const before = new Date('2026-12-01T09:00:00Z');
const state = (status: RequestStatus, extra: Partial<LifecycleState> = {}): LifecycleState => ({
  status,
  type: 'erasure',
  dueAt,
  ...extra,
});
/** Input that satisfies every rule, so only the status decides. */
const valid: ActionInput = { now: before, reason: 'because', denialReason: 'manifestly_unfounded' };

describe('applyAction: transitions', () => {
  it.each([
    ['pending_verification', 'verify', 'awaiting_approval'],
    ['pending_verification', 'expire', 'expired'],
    ['pending_verification', 'cancel', 'cancelled'],
    ['pending_verification', 'subject_cancel', 'cancelled'],
    ['pending_verification', 'deny', 'denied'],
    ['awaiting_approval', 'approve', 'in_progress'],
    ['awaiting_approval', 'deny', 'denied'],
    ['awaiting_approval', 'cancel', 'cancelled'],
    ['awaiting_approval', 'subject_cancel', 'cancelled'],
    ['in_progress', 'task_failed', 'action_required'],
    ['in_progress', 'complete', 'completed'],
    ['in_progress', 'cancel', 'cancelled'],
    ['action_required', 'resume', 'in_progress'],
    ['action_required', 'complete', 'completed'],
    ['action_required', 'cancel', 'cancelled'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(applyAction(state(from), action, valid)).toEqual({
      ok: true,
      action,
      from,
      to,
      changed: true,
    });
  });

  it('agrees with the table for every status and action', () => {
    for (const status of REQUEST_STATUSES) {
      for (const action of LIFECYCLE_ACTIONS) {
        const returnTo = RETURN_ACTIONS[action]?.[0];
        const outcome = applyAction(state(status, { returnTo }), action, valid);
        expect([status, action, outcome.ok]).toEqual([
          status,
          action,
          ALLOWED_ACTIONS[status].includes(action),
        ]);
      }
    }
  });

  it.each([
    ['completed', 'approve', 'cannot approve a request that is completed'],
    ['in_progress', 'deny', 'cannot deny a request that is in progress'],
    ['cancelled', 'assign', 'cannot assign a request that is cancelled'],
    ['denied', 'extend', 'cannot extend a request that is denied'],
    [
      'in_progress',
      'subject_cancel',
      'cannot cancel (as the subject) a request that is in progress; the subject can cancel only before work has started',
    ],
    [
      'awaiting_approval',
      'expire',
      'cannot expire a request that is awaiting approval; only unverified requests expire',
    ],
    [
      'action_required',
      'task_failed',
      'cannot record a failed task on a request that is action required',
    ],
    ['in_progress', 'preview', 'cannot preview a request that is in progress'],
  ] as const)('refuses %s + %s, saying why', (status, action, message) => {
    expect(applyAction(state(status), action, valid)).toEqual({
      ok: false,
      error: { code: 'transition_not_allowed', message },
    });
  });

  it('refuses unknown actions and statuses from untyped callers without throwing', () => {
    expect(applyAction(state('in_progress'), 'destroy' as LifecycleAction)).toMatchObject({
      ok: false,
      error: { code: 'unknown_action' },
    });
    expect(applyAction(state('limbo' as RequestStatus), 'note')).toMatchObject({
      ok: false,
      error: { code: 'unknown_status' },
    });
  });
});

describe('applyAction: actions that keep the status', () => {
  it.each([
    ['awaiting_approval', 'assign'],
    ['action_required', 'assign'],
    ['completed', 'note'],
    ['expired', 'download_package'],
    ['pending_verification', 'preview'],
    ['in_progress', 'extend'],
  ] as const)('%s + %s keeps the status', (status, action) => {
    expect(applyAction(state(status), action, valid)).toEqual({
      ok: true,
      action,
      from: status,
      to: status,
      changed: false,
    });
  });
});

describe('applyAction: questions and appeals', () => {
  it.each([
    ['awaiting_approval', 'clarify', 'awaiting_subject'],
    ['in_progress', 'clarify', 'awaiting_subject'],
    ['completed', 'appeal', 'appealed'],
    ['denied', 'appeal', 'appealed'],
    ['appealed', 'overturn_appeal', 'awaiting_approval'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(applyAction(state(from), action, valid)).toMatchObject({ ok: true, from, to });
  });

  it.each([
    ['in_progress', 'clarification_answered'],
    ['action_required', 'clarification_answered'],
    ['denied', 'uphold_appeal'],
    ['completed', 'uphold_appeal'],
  ] as const)('goes back to %s on %s', (returnTo, action) => {
    const from = action === 'uphold_appeal' ? 'appealed' : 'awaiting_subject';
    expect(applyAction(state(from, { returnTo }), action, valid)).toMatchObject({
      ok: true,
      from,
      to: returnTo,
    });
  });

  it('refuses to go back without, or to a status the action cannot return to', () => {
    for (const returnTo of [null, 'cancelled', 'completed'] as const) {
      expect(
        applyAction(state('awaiting_subject', { returnTo }), 'clarification_answered', valid),
      ).toMatchObject({ ok: false, error: { code: 'no_status_to_return_to' } });
    }
  });

  it('offers an appeal only on a decided request, saying so', () => {
    expect(applyAction(state('cancelled'), 'appeal', valid)).toEqual({
      ok: false,
      error: {
        code: 'transition_not_allowed',
        message:
          'cannot appeal a request that is cancelled; only a denied or completed request can be appealed',
      },
    });
  });
});
