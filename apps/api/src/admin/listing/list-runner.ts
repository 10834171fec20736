import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListQuery } from './list-query.js';

/** Totals up to this are exact; beyond it the planner's estimate is given (as PostgREST does). */
export const EXACT_COUNT_LIMIT = 1_000;

export interface Page<T> {
  rows: T[];
  total: number;
  /** False when `total` is the planner's estimate of a set larger than EXACT_COUNT_LIMIT. */
  exact: boolean;
  start: number;
}

/**
 * Counts at most EXACT_COUNT_LIMIT + 1 rows, so a broad filter over a million requests costs a
 * bounded scan instead of a full one; a larger set is sized by the planner's estimate.
 */
async function countRows<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
): Promise<{ total: number; exact: boolean }> {
  const [sql, params] = builder.clone().select('1').getQueryAndParameters();
  const [bounded] = (await builder.connection.query(
    `SELECT count(*)::int AS total FROM (${sql} LIMIT ${EXACT_COUNT_LIMIT + 1}) AS bounded`,
    params,
  )) as { total: number }[];
  const total = bounded?.total ?? 0;
  if (total <= EXACT_COUNT_LIMIT) return { total, exact: true };
  const [plan] = (await builder.connection.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)) as {
    'QUERY PLAN': { Plan: { 'Plan Rows': number } }[];
  }[];
  const estimate = Math.round(plan?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? 0);
  return { total: Math.max(estimate, EXACT_COUNT_LIMIT + 1), exact: false };
}

/**
 * A stable order and the page. With a narrow condition the sort key is wrapped (the same order,
 * an expression no index yields), so Postgres sorts the few matches instead of walking an order
 * index and filtering row after row until a page is full.
 */
export function orderPage<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  query: ListQuery,
  idColumn: string,
): void {
  const narrow = query.conditions.some((condition) => condition.narrow);
  const key = (column: string) => (narrow ? `COALESCE(${column}, ${column})` : column);
  builder.orderBy(key(query.sort.column), query.sort.order);
  // A tie-breaker so pages never repeat or skip rows that share a sort value.
  if (query.sort.column !== idColumn) builder.addOrderBy(key(idColumn), query.sort.order);
  builder.offset(query.range.start).limit(query.range.end - query.range.start + 1);
}

/**
 * Applies a parsed list query to a query builder: conditions, a stable order, the page. The count
 * runs beside the page, except under a narrow condition (a search): such a page usually ends
 * short of its size, is then the last one and gives the total itself, so the search is not run a
 * second time to count what it found.
 */
export async function runList<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  query: ListQuery,
  idColumn: string,
): Promise<Page<T>> {
  for (const condition of query.conditions) builder.andWhere(condition.sql, condition.params);
  const counting = builder.clone();
  orderPage(builder, query, idColumn);
  const { start, end } = query.range;
  if (!query.conditions.some((condition) => condition.narrow)) {
    const [rows, count] = await Promise.all([builder.getMany(), countRows(counting)]);
    return { rows, ...count, start };
  }
  const rows = await builder.getMany();
  const last = rows.length < end - start + 1 && (rows.length > 0 || start === 0);
  const count = last ? { total: start + rows.length, exact: true } : await countRows(counting);
  return { rows, ...count, start };
}
