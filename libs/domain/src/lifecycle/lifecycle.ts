import { DENIAL_REASONS, type RequestStatus, type RequestType } from './request-status.js';

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

/** Where each status-changing action leads; actions absent here keep the status. */
const TRANSITIONS: Partial<Record<LifecycleAction, Partial<Record<RequestStatus, RequestStatus>>>> =
  {
    verify: { pending_verification: 'awaiting_approval' },
    approve: { awaiting_approval: 'in_progress' },
    deny: { pending_verification: 'denied', awaiting_approval: 'denied' },
    cancel: {
      pending_verification: 'cancelled',
      awaiting_approval: 'cancelled',
      in_progress: 'cancelled',
      action_required: 'cancelled',
    },
    subject_cancel: { pending_verification: 'cancelled', awaiting_approval: 'cancelled' },
    expire: { pending_verification: 'expired' },
    task_failed: { in_progress: 'action_required' },
    resume: { action_required: 'in_progress' },
    complete: { in_progress: 'completed', action_required: 'completed' },
  };

const OPEN: RequestStatus[] = [
  'pending_verification',
  'awaiting_approval',
  'in_progress',
  'action_required',
];
const ALL: RequestStatus[] = [...OPEN, 'completed', 'denied', 'cancelled', 'expired'];

/** Actions that keep the status, and the statuses that allow them. */
const STATUS_KEEPING: Partial<Record<LifecycleAction, RequestStatus[]>> = {
  extend: OPEN,
  assign: OPEN,
  note: ALL,
  preview: ['pending_verification', 'awaiting_approval'],
  download_package: ALL,
};

/** The table of which actions each status allows. */
export const ALLOWED_ACTIONS: Record<RequestStatus, readonly LifecycleAction[]> =
  Object.fromEntries(
    ALL.map((status) => [
      status,
      LIFECYCLE_ACTIONS.filter(
        (action) =>
          TRANSITIONS[action]?.[status] !== undefined || STATUS_KEEPING[action]?.includes(status),
      ),
    ]),
  ) as unknown as Record<RequestStatus, readonly LifecycleAction[]>;

export interface LifecycleState {
  status: RequestStatus;
  type: RequestType;
  dueAt: Date;
  extendedDueAt?: Date | null;
}

export interface ActionInput {
  now?: Date;
  reason?: string;
  denialReason?: string;
}

export type LifecycleErrorCode =
  | 'transition_not_allowed'
  | 'already_extended'
  | 'extension_window_closed'
  | 'reason_required'
  | 'unknown_denial_reason';

export interface LifecycleError {
  code: LifecycleErrorCode;
  message: string;
}

export type LifecycleOutcome =
  | { ok: true; action: LifecycleAction; from: RequestStatus; to: RequestStatus }
  | { ok: false; error: LifecycleError };

export function allowedActions(state: Pick<LifecycleState, 'status'>): readonly LifecycleAction[] {
  return ALLOWED_ACTIONS[state.status];
}

function refuse(code: LifecycleErrorCode, message: string): LifecycleOutcome {
  return { ok: false, error: { code, message } };
}

const label = (status: RequestStatus) => status.replace(/_/g, ' ');

/** Decides an action on a request; a pure function, no I/O, no exceptions for expected errors. */
export function applyAction(
  state: LifecycleState,
  action: LifecycleAction,
  input: ActionInput = {},
): LifecycleOutcome {
  const { status } = state;
  if (!ALLOWED_ACTIONS[status].includes(action)) {
    return refuse(
      'transition_not_allowed',
      `cannot ${action.replace(/_/g, ' ')} a request that is ${label(status)}`,
    );
  }
  if ((action === 'extend' || action === 'deny') && !input.reason?.trim()) {
    return refuse('reason_required', `${action} needs a reason`);
  }
  if (
    action === 'deny' &&
    input.denialReason !== undefined &&
    !(DENIAL_REASONS as readonly string[]).includes(input.denialReason)
  ) {
    return refuse(
      'unknown_denial_reason',
      `unknown denial reason ${input.denialReason}; use one of ${DENIAL_REASONS.join(', ')}`,
    );
  }
  if (action === 'extend') {
    if (state.extendedDueAt)
      return refuse('already_extended', 'the deadline has already been extended once');
    const now = input.now ?? new Date();
    if (now.getTime() > state.dueAt.getTime()) {
      return refuse(
        'extension_window_closed',
        'an extension must be decided before the original due date has passed',
      );
    }
  }
  return { ok: true, action, from: status, to: TRANSITIONS[action]?.[status] ?? status };
}
