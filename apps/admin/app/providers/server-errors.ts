/** The API's `{field, message}` list as React-Admin's form errors (an object shaped like the values). */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Errors under one of `collapseUnder` (a JSON-edited value, such as `settings.dataset`) are shown on
 * that field, their deeper path leading the message: `tables.0.name: no such table`.
 */
export function formErrors(
  errors: FieldError[],
  collapseUnder: string[] = [],
  /** How a path inside a collapsed value reads (`table accounts, column email`). */
  place: (value: string, path: string) => string = (_value, path) => path,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const { field, message } of errors) {
    const prefix = collapseUnder.find((path) => field === path || field.startsWith(`${path}.`));
    const path = prefix ?? (field === '(body)' ? 'root.serverError' : field);
    const text =
      prefix && field !== prefix
        ? `${place(prefix, field.slice(prefix.length + 1))}: ${message}`
        : message;
    const keys = path.split('.');
    let node = result;
    keys.slice(0, -1).forEach((key) => {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
      node = node[key] as Record<string, unknown>;
    });
    const last = keys[keys.length - 1]!;
    node[last] = typeof node[last] === 'string' ? `${node[last]}; ${text}` : text;
  }
  return result;
}

/** `dueWithinDays: N` (a list filter) → `dueBefore`: the end of the day N days from now. */
export function dueBefore(days: number, now = new Date()): string {
  const end = new Date(now);
  end.setDate(end.getDate() + days);
  end.setHours(23, 59, 59, 999);
  return end.toISOString();
}
