/** A table's row in the preview, as the connector counts it (nothing changed yet). */
export interface PreviewTable {
  table: string;
  rows: number;
  fields: Record<string, number>;
  fieldActions?: Record<string, 'null' | 'mask' | 'hash' | 'rectify' | 'restrict' | 'stamp'>;
  rowAction?: 'delete' | 'restrict' | 'stamp' | null;
}

type FieldAction = NonNullable<PreviewTable['fieldActions']>[string];

/** What happens to a field, in words; one place owns the wording. */
export const FIELD_ACTION_WORDS: Record<FieldAction, string> = {
  null: 'erased',
  mask: 'masked',
  hash: 'replaced by a one-way hash',
  rectify: 'corrected',
  restrict: 'marked restricted (kept, no longer used)',
  stamp: 'marked opted out (the time is set)',
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** One table's line: "all 3 rows deleted" or "email erased in 1 row; name masked in 1 row". */
export function describeTable(table: PreviewTable): string {
  if (table.rowAction === 'delete') return `Deleted: ${plural(table.rows, 'row')}`;
  const byAction = new Map<FieldAction | 'changed', string[]>();
  for (const [field, count] of Object.entries(table.fields)) {
    if (count === 0) continue;
    const action = table.fieldActions?.[field] ?? 'changed';
    byAction.set(action, [...(byAction.get(action) ?? []), `${field} (${plural(count, 'row')})`]);
  }
  if (byAction.size === 0) return 'Nothing left to change: already done';
  return [...byAction.entries()]
    .map(
      ([action, fields]) =>
        `${action === 'changed' ? 'changed' : FIELD_ACTION_WORDS[action]}: ${fields.join(', ')}`,
    )
    .map((line) => line.charAt(0).toUpperCase() + line.slice(1))
    .join('; ');
}

/** Why a system shows no table: how it takes part instead, said for its kind. */
export function unpreviewedReason(
  action: string,
  kind: string | undefined,
  note: string | undefined,
  supported: boolean,
): string {
  if (action === 'access' || action === 'portability') {
    return kind === 'email' || kind === 'manual'
      ? 'Staff are asked to send what it holds; nothing is changed.'
      : 'Asked for a copy of what it holds; nothing is changed.';
  }
  if (kind === 'email') return 'Its processor is asked by e-mail; staff record what it answers.';
  if (kind === 'manual') return 'Done by hand: a task waits for staff to record the outcome.';
  if (kind === 'webhook') return 'Asked over its signed webhook; it answers for itself.';
  if (kind === 'google_analytics') return 'Asked through Google’s User Deletion API.';
  if (note?.startsWith('needs '))
    return `Not searched yet: it ${note.replace(/, not known yet$/, '')}, which no earlier system has provided.`;
  if (note?.startsWith('preview failed'))
    return `The preview could not be worked out (${note.slice('preview failed: '.length)}).`;
  return supported ? 'Nothing of the subject’s was found.' : (note ?? 'Not previewed.');
}
