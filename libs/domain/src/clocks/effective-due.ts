/**
 * The deadline in force: the extended due date when there is one, else the original. The one
 * definition; the TypeScript and the SQL below are both read from this list, first set wins.
 */
const DEADLINES_FIRST_SET_WINS = [
  { property: 'extendedDueAt', column: 'extended_due_at' },
  { property: 'dueAt', column: 'due_at' },
] as const;

export interface DueDates {
  dueAt: Date;
  extendedDueAt?: Date | null;
}

export function effectiveDueAt(request: DueDates): Date {
  for (const { property } of DEADLINES_FIRST_SET_WINS) {
    const date = request[property];
    if (date) return date;
  }
  return request.dueAt;
}

/**
 * `COALESCE(r.extended_due_at, r.due_at)`: raw column names by default (the indexes
 * `requests_by_effective_due_id` and the per-filter queue indexes lead with it), or the entity's
 * property names for a TypeORM query builder (`COALESCE(r.extendedDueAt, r.dueAt)`).
 */
export function effectiveDueAtSql(
  alias?: string,
  names: 'columns' | 'properties' = 'columns',
): string {
  if (alias !== undefined && !/^[a-z_][a-z0-9_]*$/i.test(alias)) {
    throw new RangeError(`not an SQL alias: ${alias}`);
  }
  const prefix = alias ? `${alias}.` : '';
  const parts = DEADLINES_FIRST_SET_WINS.map(
    (field) => `${prefix}${names === 'columns' ? field.column : field.property}`,
  );
  return `COALESCE(${parts.join(', ')})`;
}
