import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { jurisdictionRule, needsVerification } from '@dsar/domain';
import { type RequestEntity, SYSTEM_ACTOR } from '@dsar/persistence';
import { OptOutRegistry } from '../opt-outs/opt-out-registry.service.js';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { WORK_PLANNER, type WorkPlanner } from './work-planner.js';

/**
 * A right the regime lets a person use without proving who they are (CCPA: opt-out of sale or
 * sharing, the limit on sensitive data; 11 CCR § 7026(d), § 7027(e)) goes to processing on
 * receipt: passed through verification and approval by the system, its tasks planned in the
 * intake's transaction; an opt-out is remembered for each identity of the request. The subject's
 * e-mail gets the acknowledgement with a status link.
 */
@Injectable()
export class ActOnReceipt {
  constructor(
    private readonly lifecycle: RequestLifecycle,
    private readonly optOuts: OptOutRegistry,
    @Inject(WORK_PLANNER) private readonly planner: WorkPlanner,
  ) {}

  /** True when the request went to processing; the caller then calls `afterCommit`. */
  async maybeStart(manager: EntityManager, request: RequestEntity): Promise<boolean> {
    const pack = jurisdictionRule(request.jurisdiction);
    if (needsVerification(pack, request.type)) return false;
    const why = {
      reason: 'no_verification_required',
      data: { citation: pack.verification.citation },
    };
    if (request.status === 'pending_verification') {
      await this.lifecycle.apply(manager, request.id, 'verify', SYSTEM_ACTOR, why);
    }
    const applied = await this.lifecycle.apply(manager, request.id, 'approve', SYSTEM_ACTOR, why);
    // Remembered for the identity at once, so a data flow checking it stops before the systems answer.
    await this.optOuts.rememberRequest(manager, applied.request);
    await this.planner.plan(manager, applied.request);
    Object.assign(request, applied.request);
    return true;
  }

  /** Enqueues the planned work once the intake's transaction has committed. */
  afterCommit(requestId: string): Promise<void> {
    return this.planner.afterCommit(requestId);
  }
}
