import type { RequestStatus } from './request-status.types.js';

export const LIFECYCLE_ACTIONS = [
  'verify',
  'approve',
  'deny',
  'extend',
  'cancel',
  'subject_cancel',
  'assign',
  'note',
  'expire',
  'task_failed',
  'resume',
  'complete',
  'preview',
  'download_package',
  'clarify',
  'clarification_answered',
  'appeal',
  'uphold_appeal',
  'overturn_appeal',
  'change_regime',
  'refuse_part',
  'deny_exemption',
  'uphold_objection',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

export function isLifecycleAction(value: unknown): value is LifecycleAction {
  return typeof value === 'string' && (LIFECYCLE_ACTIONS as readonly string[]).includes(value);
}

/**
 * Which actions each status allows — the one table the API, the admin UI and the tests read.
 * `cancel` is staff's; `subject_cancel` is the subject's and only before work has started.
 */
export const ALLOWED_ACTIONS: Readonly<Record<RequestStatus, readonly LifecycleAction[]>> =
  Object.freeze({
    pending_verification: [
      'verify',
      'deny',
      'cancel',
      'subject_cancel',
      'expire',
      'extend',
      'change_regime',
      'assign',
      'note',
      'preview',
      'download_package',
    ],
    awaiting_approval: [
      'approve',
      'deny',
      'cancel',
      'subject_cancel',
      'extend',
      'change_regime',
      'assign',
      'note',
      'preview',
      'download_package',
      'clarify',
      'refuse_part',
    ],
    in_progress: [
      'task_failed',
      'complete',
      'cancel',
      'extend',
      'change_regime',
      'assign',
      'note',
      'download_package',
      'clarify',
      'refuse_part',
      'deny_exemption',
      'uphold_objection',
    ],
    action_required: [
      'resume',
      'complete',
      'cancel',
      'extend',
      'change_regime',
      'assign',
      'note',
      'download_package',
      'clarify',
      'refuse_part',
      'deny_exemption',
      'uphold_objection',
    ],
    awaiting_subject: [
      'clarification_answered',
      'cancel',
      'extend',
      'change_regime',
      'assign',
      'note',
      'download_package',
    ],
    appealed: ['uphold_appeal', 'overturn_appeal', 'assign', 'note', 'download_package'],
    completed: ['note', 'download_package', 'appeal'],
    denied: ['note', 'download_package', 'appeal'],
    cancelled: ['note', 'download_package'],
    expired: ['note', 'download_package'],
  });

/**
 * Where each status-changing action leads (every one has a single target). Actions absent here
 * and from RETURN_ACTIONS (`extend`, `change_regime`, `assign`, `note`, `preview`,
 * `download_package`) keep the status.
 */
export const ACTION_TARGETS: Readonly<Partial<Record<LifecycleAction, RequestStatus>>> =
  Object.freeze({
    verify: 'awaiting_approval',
    approve: 'in_progress',
    deny: 'denied',
    // Work had begun when an exemption was found: the request is refused as a whole.
    deny_exemption: 'denied',
    cancel: 'cancelled',
    subject_cancel: 'cancelled',
    expire: 'expired',
    task_failed: 'action_required',
    resume: 'in_progress',
    complete: 'completed',
    clarify: 'awaiting_subject',
    appeal: 'appealed',
    overturn_appeal: 'awaiting_approval',
  });

/**
 * Actions that lead back to the status the request left (the answer to a question resumes the
 * work; an upheld appeal keeps the decision): the caller names it as `returnTo`, one of these.
 */
export const RETURN_ACTIONS: Readonly<Partial<Record<LifecycleAction, readonly RequestStatus[]>>> =
  Object.freeze({
    clarification_answered: ['awaiting_approval', 'in_progress', 'action_required'],
    uphold_appeal: ['completed', 'denied'],
  });

/** The actions a request in this state allows. */
export function allowedActions(state: { status: RequestStatus }): readonly LifecycleAction[] {
  return ALLOWED_ACTIONS[state.status] ?? [];
}

export function isActionAllowed(status: RequestStatus, action: LifecycleAction): boolean {
  return (ALLOWED_ACTIONS[status] ?? []).includes(action);
}
