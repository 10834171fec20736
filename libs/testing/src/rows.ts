/** What the rows helpers need of a stack: a query on its database. */
interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

/** Writes settings rows as the settings page would (each key's value as JSON). */
export async function setSettings(
  stack: Queryable,
  values: Record<string, unknown>,
): Promise<void> {
  for (const [key, value] of Object.entries(values))
    await stack.query(
      `INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [key, JSON.stringify(value)],
    );
}

export interface StoreTaskRow {
  id: string;
  state: string;
  last_error: string | null;
  result: Record<string, unknown> | null;
  system_id: string;
}

/** A request's store tasks as rows. */
export function storeTasksOf(stack: Queryable, requestId: string): Promise<StoreTaskRow[]> {
  return stack.query<StoreTaskRow>(
    'SELECT id, state, last_error, result, system_id FROM store_tasks WHERE request_id = $1',
    [requestId],
  );
}
