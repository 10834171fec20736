import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { WebhookMessageEntity } from '@dsar/persistence';
import { SecretBox, hashToken, randomToken } from '@dsar/security';
import { newWebhookId } from '../signing/webhook-signing.js';
import { webhookAnswerSchema, type WebhookAnswer } from './webhook-answer.js';
import {
  buildTaskEvent,
  callbackUrlFor,
  type TaskEventInput,
  type WebhookEventBody,
} from './webhook-events.js';

export type TaskMessageInput = Omit<TaskEventInput, 'callbackUrl' | 'callbackToken'> & {
  systemId: string;
  systemName: string;
};

/**
 * Creates webhook messages. A task has one message for good (unique task id), so a re-run after a
 * crash or a manual retry sends the same `webhook-id` and the receiver can de-duplicate on it.
 */
@Injectable()
export class WebhookMessages {
  private readonly box: SecretBox;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config.appSecret, 'webhooks');
  }

  /** The task's message, created on first use; a failed one starts a fresh series of attempts. */
  async forTask(input: TaskMessageInput): Promise<WebhookMessageEntity> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(WebhookMessageEntity, {
        where: { taskId: input.taskId },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing) {
        if (existing.state === 'failed') {
          await manager.update(WebhookMessageEntity, existing.id, {
            state: 'pending',
            attempts: 0,
            nextAttemptAt: null,
            updatedAt: new Date(),
          });
          return { ...existing, state: 'pending', attempts: 0, nextAttemptAt: null };
        }
        return existing;
      }
      const token = randomToken();
      const body = buildTaskEvent({
        ...input,
        callbackUrl: callbackUrlFor(this.config.publicUrl, input.taskId),
        callbackToken: token,
      });
      return this.insert(manager, {
        systemId: input.systemId,
        systemName: input.systemName,
        taskId: input.taskId,
        requestId: input.requestId,
        body,
        callbackTokenHash: hashToken(this.config.appSecret, 'callback', token),
      });
    });
  }

  /** The task's message, or null. */
  findForTask(taskId: string): Promise<WebhookMessageEntity | null> {
    return this.dataSource.manager.findOneBy(WebhookMessageEntity, { taskId });
  }

  /**
   * Staff retry the task: the message's pending schedule or awaited callback ends (`failed`), so
   * the task's next run starts a fresh series of attempts with the same `webhook-id`.
   */
  async forgetForRetry(manager: EntityManager, taskId: string): Promise<void> {
    await manager.query(
      `UPDATE webhook_messages SET state = 'failed', next_attempt_at = NULL,
              last_error = 'the task was retried by staff', updated_at = now()
        WHERE task_id = $1 AND state IN ('pending', 'awaiting_callback')`,
      [taskId],
    );
  }

  /** A message with no task (a test, a notice, a cancellation). */
  async forEvent(
    manager: EntityManager,
    system: { id: string; name: string },
    body: WebhookEventBody,
    requestId: string | null = null,
  ): Promise<WebhookMessageEntity> {
    return this.insert(manager, {
      systemId: system.id,
      systemName: system.name,
      taskId: null,
      requestId,
      body,
      callbackTokenHash: null,
    });
  }

  /** A synchronous answer as it is kept beside its message (it may carry personal data). */
  sealAnswer(answer: WebhookAnswer): string {
    return this.box.seal(JSON.stringify(answer));
  }

  /** The kept answer of a succeeded message, or null (none kept, or purged). */
  answerOf(message: Pick<WebhookMessageEntity, 'sealedAnswer'>): WebhookAnswer | null {
    if (!message.sealedAnswer) return null;
    return webhookAnswerSchema.parse(JSON.parse(this.box.openText(message.sealedAnswer)));
  }

  /** The exact bytes that are signed and sent on every attempt. */
  bodyOf(message: WebhookMessageEntity): string {
    if (!message.sealedBody) throw new Error(`the body of message ${message.webhookId} was purged`);
    return this.box.openText(message.sealedBody);
  }

  private async insert(
    manager: EntityManager,
    values: {
      systemId: string;
      systemName: string;
      taskId: string | null;
      requestId: string | null;
      body: WebhookEventBody;
      callbackTokenHash: string | null;
    },
  ): Promise<WebhookMessageEntity> {
    return manager.save(
      WebhookMessageEntity,
      manager.create(WebhookMessageEntity, {
        webhookId: newWebhookId(),
        systemId: values.systemId,
        systemName: values.systemName,
        taskId: values.taskId,
        requestId: values.requestId,
        eventType: values.body.type,
        sealedBody: this.box.seal(JSON.stringify(values.body)),
        callbackTokenHash: values.callbackTokenHash,
        state: 'pending',
        attempts: 0,
      }),
    );
  }
}
