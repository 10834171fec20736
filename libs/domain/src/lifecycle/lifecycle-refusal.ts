import { DomainError, type DomainErrorCode } from '../errors/domain-error.js';
import type { LifecycleError, LifecycleErrorCode } from './request-lifecycle.machine.js';

/**
 * How each lifecycle refusal answers (contract): an action the status or the request's state
 * forbids is a conflict (409); an action whose input is missing or wrong is a bad body (400,
 * naming the field). The Record keeps a new refusal code from going unmapped.
 */
export const LIFECYCLE_REFUSALS: Record<LifecycleErrorCode, DomainErrorCode> = {
  unknown_action: 'invalid_input',
  unknown_status: 'conflict',
  transition_not_allowed: 'conflict',
  already_extended: 'conflict',
  extension_window_closed: 'conflict',
  reason_required: 'invalid_input',
  unknown_denial_reason: 'invalid_input',
  // A return action (clarification answered, appeal overturned) with nowhere to go back to.
  no_status_to_return_to: 'conflict',
};

/** The domain error for a refusal; its `reasonCode` is the lifecycle code. */
export function lifecycleRefusal(error: LifecycleError): DomainError {
  const code = LIFECYCLE_REFUSALS[error.code];
  return new DomainError(code, error.message, {
    reasonCode: error.code,
    ...(code === 'invalid_input'
      ? { errors: [{ field: error.field ?? '(body)', message: error.message }] }
      : {}),
  });
}
