import { ALLOWED_ACTIONS } from '@dsar/domain';
import type { RequestEntity } from '@dsar/persistence';

/**
 * A request as staff see it; field names are the list's filter and sort names. `targetAt` (the
 * internal target, `internalTargetDays` working days before the deadline in force) comes with
 * the reads of the queue and the request page.
 */
export function requestView(request: RequestEntity, now = new Date(), targetAt?: Date) {
  const effectiveDueAt = request.effectiveDueAt();
  return {
    id: request.id,
    reference: request.reference,
    type: request.type,
    status: request.status,
    jurisdiction: request.jurisdiction,
    policy: { code: request.jurisdiction, version: request.policyVersion },
    residence: request.residenceCountry
      ? { country: request.residenceCountry, region: request.residenceRegion }
      : null,
    email: request.email,
    name: request.name,
    language: request.language,
    details: request.details,
    corrections: request.corrections,
    objectionGround: request.objectionGround,
    restrictionLiftedAt: request.restrictionLiftedAt,
    source: request.source,
    receivedAt: request.receivedAt,
    dueAt: request.dueAt,
    extendedDueAt: request.extendedDueAt,
    extensionReason: request.extensionReason,
    effectiveDueAt,
    ...(targetAt ? { targetAt } : {}),
    overdue: !request.closedAt && effectiveDueAt.getTime() < now.getTime(),
    /** The regime's receipt-confirmation deadline (CCPA), and when the acknowledgement left. */
    acknowledgeBy: request.acknowledgeBy,
    acknowledgedAt: request.acknowledgedAt,
    verifiedAt: request.verifiedAt,
    verificationMethod: request.verificationMethod,
    denialReasonCode: request.denialReasonCode,
    denialText: request.denialText,
    assigneeId: request.assigneeId,
    duplicateOfId: request.duplicateOfId,
    /** The identities used as search keys (the verified e-mail and those systems provided). */
    identities: request.identities,
    outcome: request.outcome,
    completedAt: request.completedAt,
    closedAt: request.closedAt,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
    allowedActions: ALLOWED_ACTIONS[request.status],
  };
}
