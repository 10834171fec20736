import { z } from 'zod';
import {
  effectiveDueAtSql,
  JURISDICTIONS,
  OPEN_STATUSES_SQL,
  REQUEST_STATUSES,
  REQUEST_TYPES,
} from '@dsar/domain';
import { filters, uuid } from '../listing/filters.js';
import type { ListSpec } from '../listing/list-query.js';

/** The deadline in force; the same expression as the indexes on it. */
const EFFECTIVE_DUE = effectiveDueAtSql('r', 'properties');
/** The same expression as the trigram index `requests_search_trgm`. */
const SEARCH_TEXT = `(r.reference || ' ' || COALESCE(r.email, '') || ' ' || COALESCE(r.name, ''))`;

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * What the requests list may filter and sort on (the response's camelCase names). Every sort has
 * an index that yields its order, so a page over a million requests never sorts them all.
 */
export const REQUEST_LIST: ListSpec = {
  resource: 'requests',
  // The deadline in force: an extended request sorts by its new date, not among the original ones.
  defaultSort: ['effectiveDueAt', 'ASC'],
  maxPageSize: 200,
  sort: {
    id: 'r.id',
    reference: 'r.reference',
    receivedAt: 'r.receivedAt',
    dueAt: 'r.dueAt',
    effectiveDueAt: EFFECTIVE_DUE, // index requests_by_effective_due_id (and per filter)
    updatedAt: 'r.updatedAt',
  },
  filters: {
    id: filters.oneOrMany('r.id', uuid),
    status: filters.oneOrMany('r.status', z.enum(REQUEST_STATUSES)),
    type: filters.oneOrMany('r.type', z.enum(REQUEST_TYPES)),
    jurisdiction: filters.oneOrMany('r.jurisdiction', z.enum(JURISDICTIONS)),
    assigneeId: filters.nullableEquals('r.assigneeId', uuid),
    reference: {
      schema: z.string().trim().toUpperCase().min(1).max(40),
      where: (value: string, param) => ({
        sql: `r.reference = :${param}`,
        params: { [param]: value },
      }),
    },
    dueBefore: filters.before(EFFECTIVE_DUE),
    // The dashboard's period figures link to the requests behind them.
    receivedAfter: filters.after('r.receivedAt'),
    receivedBefore: filters.before('r.receivedAt'),
    completedAfter: filters.after('r.completedAt'),
    completedBefore: filters.before('r.completedAt'),
    overdue: {
      schema: z.boolean({ error: 'must be true or false' }),
      where: (value: boolean, param) =>
        value
          ? {
              sql: `r.status IN ${OPEN_STATUSES_SQL} AND ${EFFECTIVE_DUE} < :${param}`,
              params: { [param]: new Date() },
            }
          : {
              sql: `(r.status NOT IN ${OPEN_STATUSES_SQL} OR ${EFFECTIVE_DUE} >= :${param})`,
              params: { [param]: new Date() },
            },
    },
    q: {
      schema: z.string().trim().min(1).max(100),
      where: (value: string, param) => ({
        sql: `${SEARCH_TEXT} ILIKE :${param}`,
        params: { [param]: likePattern(value) },
        narrow: true, // the trigram index finds the matches
      }),
    },
  },
};
