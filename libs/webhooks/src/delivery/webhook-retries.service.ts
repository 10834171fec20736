import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WebhookMessageEntity } from '@dsar/persistence';
import { JobRowMissingError } from '@dsar/queue';
import { WebhookDispatcher } from './webhook-dispatcher.service.js';
import { WebhookTaskFollowUp } from './webhook-task-follow-up.service.js';
import { WEBHOOK_TASKS, type WebhookTaskPort } from '../tasks/webhook-tasks.js';

export type RetryRun = 'attempted' | 'not_due' | 'settled';

/** A scheduled attempt: re-reads the message, claims its attempt, and settles the task after. */
@Injectable()
export class WebhookRetries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatcher: WebhookDispatcher,
    private readonly followUp: WebhookTaskFollowUp,
    @Inject(WEBHOOK_TASKS) private readonly tasks: WebhookTaskPort,
  ) {}

  private async taskTakesAnswers(taskId: string): Promise<boolean> {
    const state = (await this.tasks.find(taskId))?.state;
    return state === 'waiting' || state === 'running' || state === 'queued';
  }

  async run(messageId: string, now: Date = new Date()): Promise<RetryRun> {
    const message = await this.dataSource.manager.findOneBy(WebhookMessageEntity, {
      id: messageId,
    });
    if (!message) throw new JobRowMissingError('webhook message', messageId);
    if (message.state !== 'pending') return 'settled';
    if (message.taskId && !(await this.taskTakesAnswers(message.taskId))) {
      // Closed by hand, retried or cancelled meanwhile: no point in sending it again.
      await this.dataSource.manager.update(WebhookMessageEntity, message.id, {
        state: 'failed',
        nextAttemptAt: null,
        lastError: 'the task was settled without this message',
        updatedAt: new Date(),
      });
      return 'settled';
    }
    // A newer schedule (a redelivery made meanwhile) has its own job.
    if (message.nextAttemptAt && message.nextAttemptAt.getTime() > now.getTime() + 1000)
      return 'not_due';
    const outcome = await this.dispatcher.attempt(message.id, {
      expectedAttempts: message.attempts,
    });
    if (!outcome) return 'settled';
    await this.followUp.apply(outcome);
    return 'attempted';
  }
}
