import { STATUS_LABELS } from '../common/status-labels.js';

/** Each audit action in words; one table, read by the timeline, the audit log and its CSV. */
export const ACTION_LABELS: Record<string, string> = {
  submitted: 'Request received',
  verify: 'Identity verified',
  approve: 'Approved',
  deny: 'Denied',
  extend: 'Deadline extended',
  cancel: 'Cancelled by staff',
  subject_cancel: 'Cancelled by the subject',
  assign: 'Assigned',
  note: 'Note added',
  expire: 'Expired (not confirmed in time)',
  resume: 'Resumed',
  complete: 'Completed',
  preview: 'Previewed',
  download_package: 'Package downloaded',
  clarify: 'Question sent to the subject',
  clarification_answered: 'The subject answered the question',
  appeal: 'Appealed by the subject',
  uphold_appeal: 'Appeal decided: the decision stands',
  overturn_appeal: 'Appeal decided: the request reopened',
  change_regime: 'Regime changed',
  receipt_confirmed: 'Receipt confirmed (acknowledgement sent)',
  duplicate_linked: 'Linked to an earlier identical request',
  tasks_planned: 'Systems to ask planned',
  identities_provided: 'Further identities found',
  task_succeeded: 'System answered',
  task_failed: 'A system failed',
  task_attempt_failed: 'A system attempt failed (will retry)',
  task_failed_for_good: 'A system failed for good',
  task_waiting: 'Waiting for staff or the processor',
  task_skipped: 'System skipped',
  task_retried: 'System asked again',
  task_attachment_added: 'File attached to a task',
  package_deleted: 'Package deleted (retention)',
  webhook_redelivered: 'Webhook sent again',
  settings_updated: 'Settings changed',
  'system.created': 'System registered',
  'system.updated': 'System changed',
  system_disabled: 'System disabled',
  system_secret_rotated: 'System secret rotated',
  staff_created: 'Staff account created',
  staff_updated: 'Staff account changed',
  staff_disabled: 'Staff account disabled',
};

export function actionLabel(action: string): string {
  const words = ACTION_LABELS[action] ?? action.replace(/[_.]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ACTOR_TYPES: Record<string, string> = {
  subject: 'The subject',
  system: 'The system (automatic)',
  staff: 'Staff',
};

export interface AuditEventRecord {
  actorType: string;
  actorId: string | null;
  actorName?: string | null;
  actorRole?: string | null;
  systemName?: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
}

/** "Oleh Officer (officer)", "The subject", "The system (automatic)". */
export function actorLabel(event: AuditEventRecord): string {
  if (event.actorType === 'staff' && event.actorName) {
    return `${event.actorName} (${event.actorRole ?? 'staff'})`;
  }
  return ACTOR_TYPES[event.actorType] ?? event.actorType;
}

/** "System answered: Accounts database": the system named on every task event. */
export function eventLabel(event: AuditEventRecord): string {
  const action = actionLabel(event.action);
  return event.systemName ? `${action}: ${event.systemName}` : action;
}

const statusLabel = (status: string) => STATUS_LABELS[status] ?? status.replace(/_/g, ' ');

/** "Awaiting approval → In progress", empty when the status stayed. */
export function statusChange(event: AuditEventRecord): string {
  if (!event.toStatus || event.toStatus === event.fromStatus) return '';
  return `${event.fromStatus ? statusLabel(event.fromStatus) : '—'} → ${statusLabel(event.toStatus)}`;
}
