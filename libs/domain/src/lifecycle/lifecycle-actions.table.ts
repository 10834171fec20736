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
      'assign',
      'note',
      'preview',
      'download_package',
    ],
    in_progress: [
      'task_failed',
      'complete',
      'cancel',
      'extend',
      'assign',
      'note',
      'download_package',
    ],
    action_required: [
      'resume',
      'complete',
      'cancel',
      'extend',
      'assign',
      'note',
      'download_package',
    ],
    completed: ['note', 'download_package'],
    denied: ['note', 'download_package'],
    cancelled: ['note', 'download_package'],
    expired: ['note', 'download_package'],
  });

/**
 * Where each status-changing action leads (every one has a single target). Actions absent here
 * (`extend`, `assign`, `note`, `preview`, `download_package`) keep the status.
 */
export const ACTION_TARGETS: Readonly<Partial<Record<LifecycleAction, RequestStatus>>> =
  Object.freeze({
    verify: 'awaiting_approval',
    approve: 'in_progress',
    deny: 'denied',
    cancel: 'cancelled',
    subject_cancel: 'cancelled',
    expire: 'expired',
    task_failed: 'action_required',
    resume: 'in_progress',
    complete: 'completed',
  });

/** The actions a request in this state allows. */
export function allowedActions(state: { status: RequestStatus }): readonly LifecycleAction[] {
  return ALLOWED_ACTIONS[state.status] ?? [];
}

export function isActionAllowed(status: RequestStatus, action: LifecycleAction): boolean {
  return (ALLOWED_ACTIONS[status] ?? []).includes(action);
}
