import { describe, expect, it } from '@jest/globals';
import {
  ACTION_TARGETS,
  ALLOWED_ACTIONS,
  allowedActions,
  LIFECYCLE_ACTIONS,
  RETURN_ACTIONS,
} from './lifecycle-actions.table.js';
import {
  APPEAL_STATUSES,
  OPEN_STATUSES,
  REQUEST_STATUSES,
  TERMINAL_STATUSES,
  type RequestStatus,
} from './request-status.types.js';

/** DESIGN.md, "Request lifecycle": where each status may lead. */
const LEAVES_TO: Record<RequestStatus, RequestStatus[]> = {
  pending_verification: ['awaiting_approval', 'denied', 'expired', 'cancelled'],
  awaiting_approval: ['in_progress', 'denied', 'cancelled', 'awaiting_subject'],
  // Denied once work has begun only on an exemption found then (`deny_exemption`).
  in_progress: ['action_required', 'completed', 'cancelled', 'awaiting_subject', 'denied'],
  action_required: ['in_progress', 'completed', 'cancelled', 'awaiting_subject', 'denied'],
  // The answer resumes the work where it stood; an appeal keeps or reopens the decision.
  awaiting_subject: ['cancelled', 'awaiting_approval', 'in_progress', 'action_required'],
  appealed: ['awaiting_approval', 'completed', 'denied'],
  completed: ['appealed'],
  denied: ['appealed'],
  cancelled: [],
  expired: [],
};

describe('the table of allowed actions', () => {
  it('has a row for every status, naming only known actions, each once', () => {
    expect(Object.keys(ALLOWED_ACTIONS).sort()).toEqual([...REQUEST_STATUSES].sort());
    for (const actions of Object.values(ALLOWED_ACTIONS)) {
      for (const action of actions) expect(LIFECYCLE_ACTIONS).toContain(action);
      expect(new Set(actions).size).toBe(actions.length);
    }
  });

  it('leads each status exactly where the design says', () => {
    for (const status of REQUEST_STATUSES) {
      const targets = ALLOWED_ACTIONS[status]
        .flatMap((action): (RequestStatus | undefined)[] => [
          ...(RETURN_ACTIONS[action] ?? [ACTION_TARGETS[action]]),
        ])
        .filter((target): target is RequestStatus => target !== undefined);
      expect([...new Set(targets)].sort()).toEqual([...LEAVES_TO[status]].sort());
    }
  });

  it('leaves terminal statuses only for notes, downloads and (decided ones) an appeal', () => {
    for (const status of TERMINAL_STATUSES) {
      const decided = status === 'completed' || status === 'denied';
      expect([...ALLOWED_ACTIONS[status]].sort()).toEqual(
        decided ? ['appeal', 'download_package', 'note'] : ['download_package', 'note'],
      );
    }
  });

  it('allows extend in every open status, assign also on an appeal, and nowhere else', () => {
    for (const status of REQUEST_STATUSES) {
      const open = (OPEN_STATUSES as readonly string[]).includes(status);
      expect(ALLOWED_ACTIONS[status].includes('extend')).toBe(open);
      expect(ALLOWED_ACTIONS[status].includes('change_regime')).toBe(open);
      expect(ALLOWED_ACTIONS[status].includes('assign')).toBe(open || status === 'appealed');
    }
  });

  it('lets the subject cancel and staff preview only before work has started', () => {
    const before = ['awaiting_approval', 'pending_verification'];
    const with_ = (action: 'subject_cancel' | 'preview') =>
      REQUEST_STATUSES.filter((status) => ALLOWED_ACTIONS[status].includes(action)).sort();
    expect(with_('subject_cancel')).toEqual(before);
    expect(with_('preview')).toEqual(before);
    expect(REQUEST_STATUSES.filter((s) => ALLOWED_ACTIONS[s].includes('cancel')).sort()).toEqual(
      [...OPEN_STATUSES].sort(),
    );
  });

  it('answers allowedActions from the table and cannot be changed at run time', () => {
    expect(allowedActions({ status: 'in_progress' })).toBe(ALLOWED_ACTIONS.in_progress);
    expect(allowedActions({ status: 'nonsense' as RequestStatus })).toEqual([]);
    expect(Object.isFrozen(ALLOWED_ACTIONS)).toBe(true);
    expect(Object.isFrozen(ACTION_TARGETS)).toBe(true);
  });
});

describe('status lists', () => {
  it('split the statuses into open and terminal, with nothing left over', () => {
    expect([...OPEN_STATUSES, ...APPEAL_STATUSES, ...TERMINAL_STATUSES].sort()).toEqual(
      [...REQUEST_STATUSES].sort(),
    );
  });
});
