/** Stable codes; the HTTP layer maps each to one status in one place. */
export type DomainErrorCode =
  | 'invalid_input'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'gone'
  | 'too_large'
  | 'rate_limited';

export interface DomainErrorDetails {
  errors?: { field: string; message: string }[];
  retryAfterSeconds?: number;
  [key: string]: unknown;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: DomainErrorDetails,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
