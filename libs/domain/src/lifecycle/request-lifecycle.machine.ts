import {
  ACTION_TARGETS,
  RETURN_ACTIONS,
  isActionAllowed,
  isLifecycleAction,
  type LifecycleAction,
} from './lifecycle-actions.table.js';
import {
  DENIAL_REASONS,
  isDenialReason,
  isRequestStatus,
  type DenialReason,
  type RequestStatus,
  type RequestType,
} from './request-status.types.js';

/** What the lifecycle needs to know about a request. */
export interface LifecycleState {
  status: RequestStatus;
  type: RequestType;
  /** The original legal due date (end of the due day, as a UTC instant). */
  dueAt: Date;
  /** When the deadline was extended; set (or `extendedDueAt` set) means it was extended. */
  extendedAt?: Date | null;
  extendedDueAt?: Date | null;
  /** For the RETURN_ACTIONS: the status the request left (before the question or the appeal). */
  returnTo?: RequestStatus | null;
}

/** What comes with an action. `now` defaults to the current time (only `extend` reads it). */
export interface ActionInput {
  now?: Date;
  /** Free text: the extension's reasons, a denial's explanation, a note. */
  reason?: string | null;
  /** `deny` only: one of DENIAL_REASONS. */
  denialReason?: DenialReason | string | null;
}

export type LifecycleErrorCode =
  | 'unknown_action'
  | 'unknown_status'
  | 'transition_not_allowed'
  | 'already_extended'
  | 'extension_window_closed'
  | 'reason_required'
  | 'unknown_denial_reason'
  | 'no_status_to_return_to';

export interface LifecycleError {
  code: LifecycleErrorCode;
  /** Says why, for a person: "cannot approve a request that is completed". */
  message: string;
  /** For a refusal of the action's input: the body field at fault (`reasonCode`, `reason`, `text`). */
  field?: string;
}

export type LifecycleOutcome =
  | {
      ok: true;
      action: LifecycleAction;
      from: RequestStatus;
      to: RequestStatus;
      /** False for the actions that keep the status (extend, assign, note, preview, download). */
      changed: boolean;
    }
  | { ok: false; error: LifecycleError };

/** How an action reads in a sentence: "cannot <verb> a request that is <status>". */
const VERBS: Record<LifecycleAction, string> = {
  verify: 'verify',
  approve: 'approve',
  deny: 'deny',
  extend: 'extend',
  cancel: 'cancel',
  subject_cancel: 'cancel (as the subject)',
  assign: 'assign',
  note: 'add a note to',
  expire: 'expire',
  task_failed: 'record a failed task on',
  resume: 'resume',
  complete: 'complete',
  preview: 'preview',
  download_package: 'download the package of',
  clarify: 'ask the subject about',
  clarification_answered: 'answer a question on',
  appeal: 'appeal',
  uphold_appeal: 'uphold the decision on',
  overturn_appeal: 'overturn the decision on',
  change_regime: 'change the regime of',
  refuse_part: 'refuse part of',
  deny_exemption: 'deny (for an exemption)',
  uphold_objection: 'uphold an objection on',
};

const HINTS: Partial<Record<LifecycleAction, string>> = {
  subject_cancel: '; the subject can cancel only before work has started',
  expire: '; only unverified requests expire',
  appeal: '; only a denied or completed request can be appealed',
  clarification_answered: '; no question is waiting for an answer',
};

const label = (status: RequestStatus) => status.replace(/_/g, ' ');

function refuse(code: LifecycleErrorCode, message: string, field?: string): LifecycleOutcome {
  return { ok: false, error: { code, message, ...(field ? { field } : {}) } };
}

const blank = (text: string | null | undefined) => !text?.trim();

/** The rules of the actions that have more than a status check. */
function checkRules(
  state: LifecycleState,
  action: LifecycleAction,
  input: ActionInput,
): LifecycleOutcome | null {
  if (action === 'extend') {
    if (state.extendedAt || state.extendedDueAt) {
      return refuse('already_extended', 'the deadline has already been extended once');
    }
    const now = input.now ?? new Date();
    if (now.getTime() > state.dueAt.getTime()) {
      return refuse(
        'extension_window_closed',
        'an extension must be decided before the original due date has passed',
      );
    }
    if (blank(input.reason)) {
      return refuse('reason_required', 'an extension needs its reasons', 'reason');
    }
  }
  if (action === 'deny_exemption' && blank(input.reason)) {
    return refuse('reason_required', 'a denial for an exemption needs its explanation', 'text');
  }
  if (action === 'deny') {
    const code = input.denialReason;
    if (blank(code)) {
      return refuse(
        'reason_required',
        `a denial needs a reason code: one of ${DENIAL_REASONS.join(', ')}`,
        'reasonCode',
      );
    }
    if (!isDenialReason(code)) {
      return refuse(
        'unknown_denial_reason',
        `unknown denial reason "${code}"; use one of ${DENIAL_REASONS.join(', ')}`,
        'reasonCode',
      );
    }
    if (code === 'other' && blank(input.reason)) {
      return refuse('reason_required', 'a denial for another reason needs an explanation', 'text');
    }
  }
  return null;
}

/**
 * Decides an action on a request: pure, no I/O, no exception for an action the status or the
 * rules forbid (the caller turns a refusal into a 409 or a 400).
 */
export function applyAction(
  state: LifecycleState,
  action: LifecycleAction,
  input: ActionInput = {},
): LifecycleOutcome {
  const from = state.status;
  if (!isLifecycleAction(action)) return refuse('unknown_action', `unknown action "${action}"`);
  if (!isRequestStatus(from)) return refuse('unknown_status', `unknown status "${from}"`);
  if (!isActionAllowed(from, action)) {
    return refuse(
      'transition_not_allowed',
      `cannot ${VERBS[action]} a request that is ${label(from)}${HINTS[action] ?? ''}`,
    );
  }
  const refused = checkRules(state, action, input);
  if (refused) return refused;
  const returns = RETURN_ACTIONS[action];
  if (returns && !(state.returnTo && returns.includes(state.returnTo))) {
    return refuse(
      'no_status_to_return_to',
      `cannot ${VERBS[action]} this request: the status it left is not one of ${returns.join(', ')}`,
    );
  }
  const to = (returns ? state.returnTo : ACTION_TARGETS[action]) ?? from;
  return { ok: true, action, from, to, changed: to !== from };
}
