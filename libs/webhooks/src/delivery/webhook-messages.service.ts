import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { WebhookMessageEntity } from '@dsar/persistence';
import { SecretBox, hashToken, randomToken } from '@dsar/security';
import { newWebhookId } from '../signing/webhook-signing.js';
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
