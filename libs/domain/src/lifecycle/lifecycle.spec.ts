import { describe, expect, it } from '@jest/globals';
import { ALLOWED_ACTIONS, applyAction, type LifecycleState } from './lifecycle.js';
import { REQUEST_STATUSES, type RequestStatus } from './request-status.js';

const due = new Date('2026-12-31T23:59:59.999Z');
const state = (status: RequestStatus, extra: Partial<LifecycleState> = {}): LifecycleState => ({
  status,
  type: 'erasure',
  dueAt: due,
  ...extra,
});

describe('transitions', () => {
  it.each([
    ['pending_verification', 'verify', 'awaiting_approval'],
    ['pending_verification', 'expire', 'expired'],
    ['pending_verification', 'subject_cancel', 'cancelled'],
    ['awaiting_approval', 'approve', 'in_progress'],
    ['awaiting_approval', 'subject_cancel', 'cancelled'],
    ['in_progress', 'task_failed', 'action_required'],
    ['in_progress', 'complete', 'completed'],
    ['in_progress', 'cancel', 'cancelled'],
    ['action_required', 'resume', 'in_progress'],
    ['action_required', 'complete', 'completed'],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(applyAction(state(from), action)).toEqual({ ok: true, action, from, to });
  });

  it('denies with a reason from pending_verification and awaiting_approval only', () => {
    expect(
      applyAction(state('awaiting_approval'), 'deny', {
        reason: 'no proof',
        denialReason: 'identity_not_verified',
      }),
    ).toMatchObject({ ok: true, to: 'denied' });
    expect(
      applyAction(state('pending_verification'), 'deny', {
        reason: 'spam',
        denialReason: 'manifestly_unfounded',
      }),
    ).toMatchObject({ ok: true, to: 'denied' });
    expect(applyAction(state('in_progress'), 'deny', { reason: 'late' })).toMatchObject({
      ok: false,
      error: { code: 'transition_not_allowed' },
    });
    expect(applyAction(state('awaiting_approval'), 'deny', {})).toMatchObject({
      ok: false,
      error: { code: 'reason_required' },
    });
    expect(
      applyAction(state('awaiting_approval'), 'deny', { reason: 'x', denialReason: 'because' }),
    ).toMatchObject({ ok: false, error: { code: 'unknown_denial_reason' } });
  });

  it('refuses what a status forbids, saying why', () => {
    const outcome = applyAction(state('completed'), 'approve');
    expect(outcome).toEqual({
      ok: false,
      error: {
        code: 'transition_not_allowed',
        message: 'cannot approve a request that is completed',
      },
    });
    expect(applyAction(state('in_progress'), 'subject_cancel')).toMatchObject({ ok: false });
    expect(applyAction(state('awaiting_approval'), 'expire')).toMatchObject({ ok: false });
  });

  it('leaves terminal statuses only for notes and downloads', () => {
    for (const status of ['completed', 'denied', 'cancelled', 'expired'] as const) {
      expect(ALLOWED_ACTIONS[status]).toEqual(['note', 'download_package']);
    }
  });

  it('has a row for every status', () => {
    expect(Object.keys(ALLOWED_ACTIONS).sort()).toEqual([...REQUEST_STATUSES].sort());
  });
});

describe('extend, assign, note', () => {
  it('extends once, with a reason, before the original due date, keeping the status', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(applyAction(state('in_progress'), 'extend', { reason: 'complex', now })).toEqual({
      ok: true,
      action: 'extend',
      from: 'in_progress',
      to: 'in_progress',
    });
    expect(applyAction(state('in_progress'), 'extend', { now })).toMatchObject({
      ok: false,
      error: { code: 'reason_required' },
    });
    expect(
      applyAction(
        state('in_progress', { extendedDueAt: new Date('2027-02-28T00:00:00Z') }),
        'extend',
        { reason: 'again', now },
      ),
    ).toMatchObject({ ok: false, error: { code: 'already_extended' } });
    expect(
      applyAction(state('in_progress'), 'extend', {
        reason: 'late',
        now: new Date('2027-01-01T00:00:00Z'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'extension_window_closed' } });
    expect(applyAction(state('completed'), 'extend', { reason: 'x', now })).toMatchObject({
      ok: false,
      error: { code: 'transition_not_allowed' },
    });
  });

  it('assigns open requests and notes any request without changing the status', () => {
    expect(applyAction(state('awaiting_approval'), 'assign')).toMatchObject({
      ok: true,
      to: 'awaiting_approval',
    });
    expect(applyAction(state('cancelled'), 'assign')).toMatchObject({ ok: false });
    expect(applyAction(state('cancelled'), 'note')).toMatchObject({ ok: true, to: 'cancelled' });
  });

  it('allows a preview before approval only', () => {
    expect(applyAction(state('awaiting_approval'), 'preview')).toMatchObject({ ok: true });
    expect(applyAction(state('in_progress'), 'preview')).toMatchObject({ ok: false });
  });
});
