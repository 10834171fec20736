import { describe, expect, it } from '@jest/globals';
import { OPEN_STATUSES, DENIAL_REASONS } from './request-status.types.js';
import { applyAction, type LifecycleState } from './request-lifecycle.machine.js';

const dueAt = new Date('2026-12-31T22:59:59.999Z'); // end of 31 Dec in Berlin
const state = (extra: Partial<LifecycleState> = {}): LifecycleState => ({
  status: 'in_progress',
  type: 'access',
  dueAt,
  ...extra,
});
const code = (outcome: ReturnType<typeof applyAction>) => (outcome.ok ? 'ok' : outcome.error.code);

describe('extend', () => {
  const now = new Date('2026-12-20T10:00:00Z');

  it('is allowed once, with reasons, in every open status', () => {
    for (const status of OPEN_STATUSES) {
      expect(code(applyAction(state({ status }), 'extend', { reason: 'complex', now }))).toBe('ok');
    }
  });

  it('needs a non-empty reason', () => {
    expect(applyAction(state(), 'extend', { now })).toEqual({
      ok: false,
      error: {
        code: 'reason_required',
        message: 'an extension needs its reasons',
        field: 'reason',
      },
    });
    expect(code(applyAction(state(), 'extend', { now, reason: '   ' }))).toBe('reason_required');
    expect(code(applyAction(state(), 'extend', { now, reason: null }))).toBe('reason_required');
  });

  it('happens only once, whichever field records it', () => {
    const extended = new Date('2026-12-10T10:00:00Z');
    const later = new Date('2027-03-31T21:59:59.999Z');
    for (const extra of [{ extendedAt: extended }, { extendedDueAt: later }]) {
      expect(applyAction(state(extra), 'extend', { now, reason: 'again' })).toEqual({
        ok: false,
        error: { code: 'already_extended', message: 'the deadline has already been extended once' },
      });
    }
    expect(
      code(
        applyAction(state({ extendedAt: null, extendedDueAt: null }), 'extend', {
          now,
          reason: 'first',
        }),
      ),
    ).toBe('ok');
  });

  it('must be decided before the original due date has passed', () => {
    const reason = 'complex';
    expect(code(applyAction(state(), 'extend', { reason, now: dueAt }))).toBe('ok');
    const justAfter = new Date(dueAt.getTime() + 1);
    expect(applyAction(state(), 'extend', { reason, now: justAfter })).toMatchObject({
      ok: false,
      error: {
        code: 'extension_window_closed',
        message: expect.stringContaining('before the original due date'),
      },
    });
  });
});

describe('deny', () => {
  it('accepts every denial reason code', () => {
    for (const denialReason of DENIAL_REASONS) {
      const outcome = applyAction(state({ status: 'awaiting_approval' }), 'deny', {
        denialReason,
        reason: 'explained',
      });
      expect(outcome).toMatchObject({ ok: true, to: 'denied' });
    }
  });

  it('needs a reason code from the list', () => {
    const awaiting = state({ status: 'awaiting_approval' });
    expect(code(applyAction(awaiting, 'deny', { reason: 'no proof' }))).toBe('reason_required');
    expect(code(applyAction(awaiting, 'deny', { denialReason: ' ' }))).toBe('reason_required');
    expect(applyAction(awaiting, 'deny', { denialReason: 'because' })).toEqual({
      ok: false,
      error: {
        code: 'unknown_denial_reason',
        message: `unknown denial reason "because"; use one of ${DENIAL_REASONS.join(', ')}`,
        field: 'reasonCode',
      },
    });
  });

  it('needs an explanation only for "other"', () => {
    const pending = state({ status: 'pending_verification' });
    expect(code(applyAction(pending, 'deny', { denialReason: 'identity_not_verified' }))).toBe(
      'ok',
    );
    expect(code(applyAction(pending, 'deny', { denialReason: 'other' }))).toBe('reason_required');
    expect(
      code(applyAction(pending, 'deny', { denialReason: 'other', reason: 'a court order' })),
    ).toBe('ok');
  });

  it('checks the status before the input', () => {
    expect(code(applyAction(state({ status: 'completed' }), 'deny', {}))).toBe(
      'transition_not_allowed',
    );
  });
});

describe('actions without rules beyond the status', () => {
  it('needs no input for cancel, assign, note, verify', () => {
    expect(code(applyAction(state(), 'cancel'))).toBe('ok');
    expect(code(applyAction(state(), 'assign'))).toBe('ok');
    expect(code(applyAction(state({ status: 'completed' }), 'note'))).toBe('ok');
    expect(code(applyAction(state({ status: 'pending_verification' }), 'verify'))).toBe('ok');
  });
});
