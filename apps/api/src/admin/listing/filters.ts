import { z } from 'zod';
import type { FilterSpec } from './list-query.js';
import { dateInput } from '../../http/input-text.js';

/** Building blocks for whitelisted filters; every value travels as a parameter. */
export const filters = {
  /** Equality with one value or any of a list (`filter.id` for getMany). */
  oneOrMany<T>(column: string, item: z.ZodType<T>): FilterSpec<T | T[]> {
    return {
      schema: z.union([item, z.array(item).min(1).max(1000)]) as z.ZodType<T | T[]>,
      where: (value, param) =>
        Array.isArray(value)
          ? { sql: `${column} IN (:...${param})`, params: { [param]: value } }
          : { sql: `${column} = :${param}`, params: { [param]: value } },
    };
  },
  /** Equality or IS NULL when the value is null. */
  nullableEquals<T>(column: string, item: z.ZodType<T>): FilterSpec<T | null> {
    return {
      schema: item.nullable() as z.ZodType<T | null>,
      where: (value, param) =>
        value === null
          ? { sql: `${column} IS NULL`, params: {} }
          : { sql: `${column} = :${param}`, params: { [param]: value } },
    };
  },
  before(column: string): FilterSpec<Date> {
    return {
      schema: dateInput,
      where: (value, param) => ({ sql: `${column} < :${param}`, params: { [param]: value } }),
    };
  },
  after(column: string): FilterSpec<Date> {
    return {
      schema: dateInput,
      where: (value, param) => ({ sql: `${column} >= :${param}`, params: { [param]: value } }),
    };
  },
};

export const uuid = z.uuid('must be a UUID');
