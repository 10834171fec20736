import { DomainError } from '../errors/domain-error.js';

/**
 * GDPR Art. 18(3): a restriction is lifted only once it was carried out (the request completed),
 * once, and the subject is told before it is lifted. An error says which of these fails.
 */
export function checkRestrictionLift(request: {
  type: string;
  status: string;
  restrictionLiftMailId: string | null;
}): void {
  if (request.type !== 'restriction') {
    throw new DomainError('conflict', `A ${request.type} request restricts nothing`, {
      reasonCode: 'not_a_restriction',
    });
  }
  if (request.status !== 'completed') {
    throw new DomainError('conflict', 'The restriction is lifted only once it was carried out', {
      reasonCode: 'restriction_not_done',
    });
  }
  if (request.restrictionLiftMailId) {
    throw new DomainError('conflict', 'The restriction is already being lifted', {
      reasonCode: 'already_lifted',
    });
  }
}
