import { REQUEST_TYPE_RULES, type IdentityType, type RequestType } from '@dsar/domain';

/** A task's event per request type: `dsar.<type>.requested`, one per type (the compiler checks). */
export const TASK_EVENT_TYPES = {
  access: 'dsar.access.requested',
  rectification: 'dsar.rectification.requested',
  erasure: 'dsar.erasure.requested',
  portability: 'dsar.portability.requested',
  restriction: 'dsar.restriction.requested',
  objection: 'dsar.objection.requested',
  opt_out: 'dsar.opt_out.requested',
  limit_sensitive: 'dsar.limit_sensitive.requested',
} as const satisfies { [T in RequestType]: `dsar.${T}.requested` };

/** The event types of the contract ("Webhook to a connected system", second round). */
export const WEBHOOK_EVENT_TYPES = [
  ...Object.values(TASK_EVENT_TYPES),
  'dsar.restriction.lifted',
  'dsar.request.cancelled',
  'dsar.recipient.notice',
  'dsar.test',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface TaskEventInput {
  requestId: string;
  taskId: string;
  action: RequestType;
  identities: Partial<Record<IdentityType, string[]>>;
  corrections: { field: string; value: string }[];
  dueAt: Date;
  callbackUrl: string;
  callbackToken: string;
}

export interface WebhookEventBody {
  type: WebhookEventType;
  timestamp: string;
  data: Record<string, unknown>;
}

export function taskEventType(action: TaskEventInput['action']): WebhookEventType {
  return TASK_EVENT_TYPES[action];
}

/** The body of a task's event, exactly as the contract names it. */
export function buildTaskEvent(input: TaskEventInput, now: Date = new Date()): WebhookEventBody {
  return {
    type: taskEventType(input.action),
    timestamp: now.toISOString(),
    data: {
      requestId: input.requestId,
      taskId: input.taskId,
      action: input.action,
      identities: input.identities,
      ...(REQUEST_TYPE_RULES[input.action].carriesCorrections
        ? { corrections: input.corrections }
        : {}),
      dueAt: input.dueAt.toISOString(),
      callbackUrl: input.callbackUrl,
      callbackToken: input.callbackToken,
    },
  };
}

export function callbackUrlFor(publicUrl: string, taskId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/api/callbacks/tasks/${taskId}`;
}

/**
 * GDPR Art. 18(3): a restriction the system carried out is lifted (the subject was told first).
 * The identities say whose rows; the task is the restriction's own.
 */
export function restrictionLiftedEvent(
  input: Pick<TaskEventInput, 'requestId' | 'taskId' | 'identities'>,
  now: Date = new Date(),
): WebhookEventBody {
  return {
    type: 'dsar.restriction.lifted',
    timestamp: now.toISOString(),
    data: { requestId: input.requestId, taskId: input.taskId, identities: input.identities },
  };
}
