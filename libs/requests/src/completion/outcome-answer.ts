import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { auditOutcome, type CompletionMailName } from '@dsar/domain';
import {
  SYSTEM_ACTOR,
  type OutboundMailEntity,
  type RequestEntity,
  type StoreTaskEntity,
} from '@dsar/persistence';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';
import { AnswerContext, outcomeOf } from './answer-context.js';

/**
 * The answer that closes a request at once: `complete` with the outcome in its audit event, and
 * the outcome mail in the same transaction (dispatched by the caller after commit).
 */
@Injectable()
export class OutcomeAnswer {
  constructor(
    private readonly lifecycle: RequestLifecycle,
    private readonly mailer: SubjectMailer,
    private readonly context: AnswerContext,
  ) {}

  async close(
    manager: EntityManager,
    request: RequestEntity,
    tasks: StoreTaskEntity[],
    mail: Exclude<CompletionMailName, 'completion_access' | 'completion_portability'>,
  ): Promise<OutboundMailEntity | null> {
    const outcome = outcomeOf(tasks);
    await this.lifecycle.applyToLocked(manager, request, 'complete', SYSTEM_ACTOR, {
      patch: { outcome: outcome as unknown as Record<string, unknown>, completedAt: new Date() },
      data: auditOutcome(outcome),
    });
    const input = await this.context.mailInput(manager, request, outcome);
    return this.mailer.record(manager, mail, input, request.id);
  }

  dispatch(mail: OutboundMailEntity | null): Promise<void> {
    return this.mailer.dispatch(mail);
  }
}
