import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError, emptyCounts, isRequestType, type RequestType } from '@dsar/domain';
import { answerToResult } from './webhook-answer.js';
import type { AttemptOutcome } from './webhook-dispatcher.service.js';
import { WEBHOOK_TASKS, type WebhookTaskPort } from '../tasks/webhook-tasks.js';

/** The action of a task event type (`dsar.erasure.requested` → `erasure`); no default. */
export function actionOfEvent(eventType: string): RequestType {
  const action = eventType.split('.')[1] ?? '';
  if (!isRequestType(action)) throw new Error(`${eventType} is not a task event type`);
  return action;
}

/**
 * What an attempt made outside the task's own run (a scheduled retry, a redelivery) means for
 * the waiting task: an answer settles it, a final failure fails it (the request then goes to
 * action_required), anything else leaves it waiting.
 */
@Injectable()
export class WebhookTaskFollowUp {
  private readonly logger = new Logger(WebhookTaskFollowUp.name);

  constructor(@Inject(WEBHOOK_TASKS) private readonly tasks: WebhookTaskPort) {}

  async apply(outcome: AttemptOutcome): Promise<void> {
    const { message, verdict } = outcome;
    if (!message.taskId) return;
    const state = (await this.tasks.find(message.taskId))?.state ?? null;
    // The task's own run has not recorded `waiting` yet: the job retries shortly.
    if (state === 'running' || state === 'queued')
      throw new Error(`task ${message.taskId} is ${state}, not yet waiting`);
    if (state !== 'waiting') return;
    const action = actionOfEvent(message.eventType);
    try {
      if (verdict.kind === 'answered') {
        await this.tasks.completeWaiting(message.taskId, answerToResult(verdict.answer, action));
      } else if (message.state === 'failed') {
        await this.tasks.completeWaiting(message.taskId, {
          outcome: 'failed',
          counts: emptyCounts(),
          note: message.lastError ?? 'the webhook could not be delivered',
        });
      }
    } catch (error) {
      // Settled meanwhile (a callback won the race): the task keeps the first answer.
      if (error instanceof DomainError && error.code === 'conflict') {
        this.logger.warn(
          { taskId: message.taskId, err: error.message },
          'late webhook answer ignored',
        );
        return;
      }
      throw error;
    }
  }
}
