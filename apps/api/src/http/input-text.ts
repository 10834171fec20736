import { z } from 'zod';
import type { FieldError } from './validation.js';

/** Keys that reach `Object.prototype` through a careless lookup or merge: refused everywhere. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Bodies and query JSON nested deeper than this are refused (no input needs it). */
export const MAX_INPUT_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text cannot be stored as given (PostgreSQL refuses NUL; UTF-8 cannot carry half a pair). */
function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate';
  return null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * Every problem with client input that no schema should have to think of: NUL and lone surrogates
 * in any string or key, prototype keys, absurd nesting. Fields are dotted paths from `path`.
 */
export function inputProblems(value: unknown, path = ''): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (current: unknown, at: string, depth: number): void => {
    if (typeof current === 'string') {
      const problem = textProblem(current);
      if (problem) errors.push({ field: at || '(body)', message: problem });
      return;
    }
    if (!current || typeof current !== 'object') return;
    if (depth >= MAX_INPUT_DEPTH) {
      errors.push({ field: at || '(body)', message: `is nested deeper than ${MAX_INPUT_DEPTH}` });
      return;
    }
    for (const [key, inner] of Object.entries(current)) {
      const field = join(at, key);
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push({ field, message: `${key} is not an allowed key` });
        continue;
      }
      const keyProblem = textProblem(key);
      if (keyProblem) {
        errors.push({
          field: join(at, JSON.stringify(key).slice(1, -1)),
          message: `key ${keyProblem}`,
        });
        continue;
      }
      visit(inner, field, depth + 1);
    }
  };
  visit(value, path, 0);
  return errors;
}

/** Objects without a prototype: a key can never resolve to something inherited. */
function nullPrototype(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.assign(Object.create(null) as object, value);
  }
  return value;
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; errors: FieldError[] };

/** Parses JSON from a query parameter onto null-prototype objects and checks it like a body. */
export function parseQueryJson(raw: string, field: string): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(raw, nullPrototype);
  } catch {
    return { ok: false, errors: [{ field, message: 'is not valid JSON' }] };
  }
  const errors = inputProblems(value, field);
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

/** Years every date input must fall in: PostgreSQL and JS agree on them, no person needs more. */
export const MIN_DATE_YEAR = 1900;
export const MAX_DATE_YEAR = 9999;

/** The one date input: an ISO-8601 date or date-time (max 40 characters), years 1900–9999. */
export const dateInput = z
  .string({ error: 'must be a date' })
  .max(40, 'must be a date')
  .transform((text, context) => {
    const date = new Date(text);
    const year = date.getUTCFullYear();
    if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
      context.addIssue({ code: 'custom', message: 'must be an ISO-8601 date' });
      return z.NEVER;
    }
    if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR) {
      context.addIssue({
        code: 'custom',
        message: `must be a date between the years ${MIN_DATE_YEAR} and ${MAX_DATE_YEAR}`,
      });
      return z.NEVER;
    }
    return date;
  });
