import { z } from 'zod';
import { DomainError } from '@dsar/domain';
import type { FieldError } from '../../http/validation.js';
import { fieldErrors } from '../../http/validation.js';
import { parseQueryJson } from '../../http/input-text.js';

/** A filter's condition: SQL text with named parameters; values never enter the text. */
export interface Condition {
  sql: string;
  params: Record<string, unknown>;
  /**
   * Found through an index of its own and usually few (a text search): the page is sorted from
   * the matches instead of walking an order index and testing every row against the condition.
   */
  narrow?: boolean;
}

export interface FilterSpec<T = unknown> {
  schema: z.ZodType<T>;
  /** `param` is a unique parameter name to use in `sql` (`:param`, `:...param` for lists). */
  where(value: T, param: string): Condition | null;
}

/** What a resource lets clients filter and sort on, each field mapped to a column. */
export interface ListSpec {
  resource: string;
  /** Sortable response fields → column expressions. */
  sort: Record<string, string>;
  filters: Record<string, FilterSpec<unknown>>;
  defaultSort: [string, 'ASC' | 'DESC'];
  /** Rows a page may hold at most. */
  maxPageSize: number;
}

export interface ListQuery {
  sort: { column: string; order: 'ASC' | 'DESC' };
  range: { start: number; end: number };
  conditions: Condition[];
}

const sortSchema = z.tuple([z.string().min(1).max(64), z.enum(['ASC', 'DESC', 'asc', 'desc'])]);
const rangeSchema = z
  .tuple([z.number().int().min(0).max(10_000_000), z.number().int().min(0).max(10_000_000)])
  .refine(([start, end]) => end >= start, 'the end must not be before the start');

function bad(errors: FieldError[]): never {
  throw new DomainError('invalid_input', 'The request query is invalid', { errors });
}

function json(raw: unknown, field: string): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') bad([{ field, message: 'must be given once, as JSON' }]);
  const parsed = parseQueryJson(raw, field);
  if (!parsed.ok) bad(parsed.errors);
  return parsed.value;
}

/** A whitelist entry by a client-supplied name: own entries only, never an inherited one. */
function ownEntry<T>(table: Record<string, T>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

function parsePart<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  bad(
    fieldErrors(parsed.error).map((error) => ({
      field: error.field === '(body)' ? field : `${field}.${error.field}`,
      message: error.message,
    })),
  );
}

/**
 * Reads the ra-data-simple-rest query (`sort`, `range`, `filter` as JSON) against a resource's
 * whitelist: an unknown field, a malformed value or a page too large is a 400 naming it.
 */
export function parseListQuery(spec: ListSpec, query: Record<string, unknown>): ListQuery {
  const unknown = Object.keys(query).filter((key) => !['sort', 'range', 'filter'].includes(key));
  if (unknown.length) bad(unknown.map((field) => ({ field, message: 'is not a known parameter' })));

  const [sortField, sortOrder] =
    query.sort === undefined
      ? spec.defaultSort
      : parsePart(sortSchema, json(query.sort, 'sort'), 'sort');
  const column = ownEntry(spec.sort, sortField);
  if (!column) {
    bad([
      {
        field: 'sort.0',
        message: `cannot sort by ${sortField}; use one of ${Object.keys(spec.sort).join(', ')}`,
      },
    ]);
  }

  const filter = query.filter === undefined ? {} : json(query.filter, 'filter');
  if (!filter || typeof filter !== 'object' || Array.isArray(filter)) {
    bad([{ field: 'filter', message: 'must be a JSON object' }]);
  }
  const conditions: Condition[] = [];
  const errors: FieldError[] = [];
  Object.entries(filter as Record<string, unknown>).forEach(([field, raw], index) => {
    const filterSpec = ownEntry(spec.filters, field);
    if (!filterSpec) {
      errors.push({ field: `filter.${field}`, message: 'is not a filter of this resource' });
      return;
    }
    const parsed = filterSpec.schema.safeParse(raw);
    if (!parsed.success) {
      for (const error of fieldErrors(parsed.error)) {
        const suffix = error.field === '(body)' ? '' : `.${error.field}`;
        errors.push({ field: `filter.${field}${suffix}`, message: error.message });
      }
      return;
    }
    const condition = filterSpec.where(parsed.data, `f${index}`);
    if (condition) conditions.push(condition);
  });
  if (errors.length) bad(errors);

  // getMany sends `filter.id` without a range: the page then holds every id asked for.
  const ids = ownEntry(filter as Record<string, unknown>, 'id');
  const [start, end] =
    query.range === undefined
      ? [0, Array.isArray(ids) ? ids.length - 1 : Math.min(24, spec.maxPageSize - 1)]
      : parsePart(rangeSchema, json(query.range, 'range'), 'range');
  const pageLimit = Array.isArray(ids) ? Math.max(ids.length, spec.maxPageSize) : spec.maxPageSize;
  if (end - start + 1 > pageLimit) {
    bad([{ field: 'range', message: `a page holds at most ${pageLimit} rows` }]);
  }
  return {
    sort: { column: column!, order: sortOrder.toUpperCase() as 'ASC' | 'DESC' },
    range: { start, end },
    conditions,
  };
}

/** `Content-Range: <resource> <start>-<end>/<total>` (an empty page says `*`/total). */
export function contentRange(
  resource: string,
  start: number,
  count: number,
  total: number,
): string {
  return count === 0
    ? `${resource} */${total}`
    : `${resource} ${start}-${start + count - 1}/${total}`;
}
