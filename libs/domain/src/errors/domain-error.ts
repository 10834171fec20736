/** Stable codes; the HTTP layer maps each to one status, in one place. */
export const DOMAIN_ERROR_CODES = [
  'invalid_input',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'gone',
  'too_large',
  'rate_limited',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** One problem with the input, `field` as a dotted path (`corrections.0.value`). */
export interface FieldError {
  field: string;
  message: string;
}

export interface DomainErrorDetails {
  errors?: FieldError[];
  /** With `rate_limited`: when to try again. */
  retryAfterSeconds?: number;
  /** A finer, stable reason (a lifecycle error code, say). */
  reasonCode?: string;
  [key: string]: unknown;
}

/** An expected failure, with a code the transport turns into its own answer. */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: DomainErrorDetails,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** A 400-style error naming each bad field. */
  static invalidInput(message: string, errors: FieldError[]): DomainError {
    return new DomainError('invalid_input', message, { errors });
  }
}

export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
