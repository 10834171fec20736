import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, isRequestType, REQUEST_TYPE_RULES, type RequestType } from '@dsar/domain';
import type { RequestEntity, StoreTaskEntity } from '@dsar/persistence';
import { AccessCompletion } from './complete-access.service.js';
import { ErasureCompletion } from './complete-erasure.service.js';
import { RectificationCompletion } from './complete-rectification.service.js';
import { OutcomeCompletion } from './complete-by-outcome.js';
import { OutcomeAnswer } from './outcome-answer.js';
import type { AfterCommit, TypeCompletion } from './type-completion.js';

/**
 * Closes a request whose tasks are all final, by its type's answer (one file each). The
 * subject's mail goes through the outbox in the same transaction; the outcome is in the
 * `complete` audit event.
 */
@Injectable()
export class RequestCompletion {
  private readonly byType: Record<RequestType, TypeCompletion>;

  constructor(
    access: AccessCompletion,
    erasure: ErasureCompletion,
    rectification: RectificationCompletion,
    answer: OutcomeAnswer,
  ) {
    const byOutcome = (type: 'restriction' | 'objection' | 'opt_out' | 'limit_sensitive') =>
      new OutcomeCompletion(answer, REQUEST_TYPE_RULES[type].completionMail);
    this.byType = {
      access,
      // The access package and its link; which systems take part is the fan-out's choice.
      portability: access,
      erasure,
      rectification,
      restriction: byOutcome('restriction'),
      objection: byOutcome('objection'),
      opt_out: byOutcome('opt_out'),
      limit_sensitive: byOutcome('limit_sensitive'),
    };
  }

  finish(
    manager: EntityManager,
    request: RequestEntity,
    tasks: StoreTaskEntity[],
  ): Promise<AfterCommit> {
    if (!isRequestType(request.type)) {
      // A type the product does not answer is an error, never another type's answer.
      throw new DomainError(
        'conflict',
        `Request ${request.id} has the unknown type ${request.type}`,
      );
    }
    return this.byType[request.type].finish(manager, request, tasks);
  }
}
