/** A task's state in words; the inbox, the task page and the request's Tasks tab read this. */
export const TASK_STATE_LABELS: Record<string, string> = {
  queued: 'Queued',
  running: 'Running',
  waiting: 'Waiting for staff or the processor',
  succeeded: 'Done',
  failed: 'Failed',
  skipped: 'Skipped',
};

export const TASK_ACTION_LABELS: Record<string, string> = {
  access: 'Send a copy',
  erasure: 'Erase',
  rectification: 'Correct',
  portability: 'Send the data given (machine-readable)',
  restriction: 'Restrict',
  objection: 'Stop the processing objected to',
  opt_out: 'Stop selling or sharing',
  limit_sensitive: 'Limit sensitive data',
};

const OUTCOME_LABELS: Record<string, string> = {
  completed: 'Done',
  done: 'Done',
  partly_done: 'Partly done',
  refused: 'Refused',
  not_found: 'No data found',
};

const COUNT_LABELS: Record<string, string> = {
  found: 'found',
  erased: 'erased',
  masked: 'masked',
  hashed: 'hashed',
  deleted: 'rows deleted',
  retained: 'kept',
  rectified: 'corrected',
};

const IDENTITY_LABELS: Record<string, string> = {
  email: 'E-mail',
  phone: 'Phone',
  user_id: 'Account number',
  analytics_client_id: 'Analytics client id',
  cookie_id: 'Cookie id',
  google_sub: 'Google account id',
};

/** "Google account id: 1000…; E-mail: ada@…" — what to look the subject up by in the system. */
export function identitiesToUseText(task: { identitiesToUse?: Record<string, string[]> }): string {
  const entries = Object.entries(task.identitiesToUse ?? {});
  if (!entries.length) return '—';
  return entries
    .map(([type, values]) => `${IDENTITY_LABELS[type] ?? type}: ${values.join(', ')}`)
    .join('; ');
}

/** An identity type in words (`user_id` → "Account number"). */
export const identityTypeLabel = (type: string) => IDENTITY_LABELS[type] ?? type.replace(/_/g, ' ');

export const taskStateLabel = (state: string) => TASK_STATE_LABELS[state] ?? state;
export const taskActionLabel = (action: string) => TASK_ACTION_LABELS[action] ?? action;

/** What staff see a task is for: a lookup-only task searches for identities and changes nothing. */
export const taskToDoLabel = (task: { action: string; lookupOnly?: boolean }) =>
  task.lookupOnly
    ? `Identity lookup only (for ${taskActionLabel(task.action).toLowerCase()})`
    : taskActionLabel(task.action);

/** "Done · found 3, erased 2 · exported by hand", or the reason a task never ran. */
export function resultSummary(task: {
  result: { outcome?: string; counts?: Record<string, number>; note?: string } | null;
  note: string | null;
}): string {
  const { result } = task;
  if (!result) return task.note ?? '—';
  const counts = Object.entries(result.counts ?? {})
    .filter(([, count]) => count)
    .map(([name, count]) => `${COUNT_LABELS[name] ?? name} ${count}`);
  const outcome = result.outcome ? (OUTCOME_LABELS[result.outcome] ?? result.outcome) : '';
  return [outcome, counts.join(', '), result.note].filter(Boolean).join(' · ');
}

/** A request type in words (`opt_out` → "Opt out"), for titles. */
const typeWords = (type: string) => {
  const words = type.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The task page's title: the system and what to do there, then the request it serves
 * ("CRM: Erase · DSAR-2026-0042, erasure request"); the request part once it has loaded.
 */
export function taskTitle(
  task: { systemName: string; action: string } | undefined,
  request?: { reference: string; type: string },
): string {
  if (!task) return 'Task';
  const what = `${task.systemName}: ${taskActionLabel(task.action)}`;
  return request
    ? `${what} · ${request.reference}, ${typeWords(request.type).toLowerCase()} request`
    : what;
}
