import type { Response } from 'express';
import { DomainError } from '@dsar/domain';

/** The answer of a resource's catch-all route: 405 with the verbs it does allow. */
export function methodNotAllowed(response: Response, method: string, allowed: string[]): never {
  response.setHeader('Allow', allowed.join(', '));
  throw new DomainError(
    'method_not_allowed',
    `${method} is not allowed here; use ${allowed.join(', ')}`,
  );
}
