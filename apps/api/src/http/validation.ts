import type { z } from 'zod';
import { DomainError } from '@dsar/domain';

export interface FieldError {
  field: string;
  message: string;
}

/** Turns zod issues into `{field, message}` with dotted paths (`corrections.0.value`). */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [...issue.path, key].join('.'),
        message: 'is not a known field',
      }));
    }
    return [{ field: issue.path.join('.') || '(body)', message: issue.message }];
  });
}

/** Validates input at the edge; a bad one is a 400 naming every bad field. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  input: unknown,
  what = 'body',
): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new DomainError('invalid_input', `The request ${what} is invalid`, {
    errors: fieldErrors(parsed.error),
  });
}
