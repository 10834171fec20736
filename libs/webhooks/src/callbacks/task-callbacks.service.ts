import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError, emptyCounts } from '@dsar/domain';
import { WebhookCallbackReceiptEntity, WebhookMessageEntity } from '@dsar/persistence';
import { constantTimeEqual, hashToken } from '@dsar/security';
import { verifyWebhook } from '../signing/webhook-signing.js';
import { SystemRecords } from '@dsar/systems';
import { signingSecrets } from '../signing/signing-secrets.js';
import { WEBHOOK_TASKS, type WebhookTaskPort } from '../tasks/webhook-tasks.js';
import { answerDigest, answerToResult, webhookAnswerSchema } from '../delivery/webhook-answer.js';
import { WebhookMessages } from '../delivery/webhook-messages.service.js';
import { SettingsService } from '@dsar/settings';
import { nextRetryDelaySeconds } from '../delivery/delivery-verdict.js';
import { WebhookRetryQueue } from '../delivery/webhook-retry-queue.js';
import { actionOfEvent } from '../delivery/webhook-task-follow-up.service.js';

export interface IncomingCallback {
  taskId: string;
  authorization: string | undefined;
  rawBody: string;
  headers: Record<string, string | undefined>;
}

export type CallbackReply = { status: 'accepted' | 'already_settled' };

/** A task in one of these states has its answer; so has a message in `ANSWERED`. */
const FINAL_TASK_STATES: ReadonlySet<string> = new Set(['succeeded', 'failed', 'skipped']);
const ANSWERED: ReadonlySet<WebhookMessageEntity['state']> = new Set(['succeeded', 'failed']);

const REFUSALS = {
  unsigned: 'The callback carries no Standard Webhooks signature headers',
  late: 'The callback timestamp is outside the five-minute tolerance',
  bad_signature: 'The callback signature does not verify with the system secret',
} as const;

/**
 * `POST /api/callbacks/tasks/:taskId`: the per-task bearer token AND a Standard Webhooks
 * signature with the system's secret. The exact same signed message twice is a replay and is
 * refused; the same final answer sent again (a fresh signature) is 200; a different one is 409.
 * The whole answer is one transaction with the task locked, and nothing waits: a callback that
 * beats the task's own run to `waiting` is kept on the message, where the run finds it.
 */
@Injectable()
export class TaskCallbacks {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly systems: SystemRecords,
    @Inject(WEBHOOK_TASKS) private readonly tasks: WebhookTaskPort,
    private readonly settings: SettingsService,
    private readonly retries: WebhookRetryQueue,
    private readonly messages: WebhookMessages,
  ) {}

  async receive(callback: IncomingCallback): Promise<CallbackReply> {
    const message = await this.authenticate(callback);
    const body = this.parse(callback.rawBody);
    const digest = answerDigest(body);
    return this.tasks.answer<CallbackReply>(message.taskId!, async (manager, task) => {
      await this.refuseReplay(manager, message, callback.headers, digest);
      const current = await manager.findOneOrFail(WebhookMessageEntity, {
        where: { id: message.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (FINAL_TASK_STATES.has(task.state) || ANSWERED.has(current.state)) {
        if (current.answerDigest === digest) return { reply: { status: 'already_settled' } };
        throw new DomainError(
          'conflict',
          `Task ${message.taskId} has its answer (${task.state}); a different answer is refused`,
        );
      }
      if (body.status === 'failed' && body.retryable !== false) {
        const retry = await this.retryLater(manager, current, body.message);
        if (retry) return { reply: { status: 'accepted' }, after: retry };
      }
      // Kept on the message too: a task whose run has not yet recorded `waiting` takes it from
      // there once it does (the runner asks the connector right after).
      await manager.update(WebhookMessageEntity, message.id, {
        state: body.status === 'failed' ? 'failed' : 'succeeded',
        answerDigest: digest,
        sealedAnswer: this.messages.sealAnswer(body),
        lastError: body.status === 'failed' ? (body.message ?? null) : null,
        updatedAt: new Date(),
      });
      const settle =
        body.status === 'failed'
          ? {
              outcome: 'failed' as const,
              counts: emptyCounts(),
              note: body.message ?? 'the system reported a failure',
            }
          : answerToResult(body, actionOfEvent(message.eventType));
      return { reply: { status: 'accepted' }, settle };
    });
  }

  /** A retryable failure called back: the message goes again on the retry schedule (after commit). */
  private async retryLater(
    manager: EntityManager,
    message: WebhookMessageEntity,
    reason: string | undefined,
  ): Promise<(() => Promise<void>) | null> {
    const delay = nextRetryDelaySeconds(
      (await this.settings.get(manager)).retrySchedule,
      message.attempts,
    );
    if (delay === null) return null;
    const at = new Date(Date.now() + delay * 1000);
    await manager.update(WebhookMessageEntity, message.id, {
      state: 'pending',
      nextAttemptAt: at,
      lastError: reason ?? 'the system reported a retryable failure',
      updatedAt: new Date(),
    });
    return () => this.retries.schedule(message.id, message.attempts, at);
  }

  private async authenticate(callback: IncomingCallback): Promise<WebhookMessageEntity> {
    const match = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(callback.authorization ?? '');
    if (!match)
      throw new DomainError(
        'unauthorized',
        'A callback needs Authorization: Bearer <callbackToken>',
      );
    const message = await this.dataSource.manager.findOneBy(WebhookMessageEntity, {
      taskId: callback.taskId,
    });
    const expected = hashToken(this.config.appSecret, 'callback', match[1]!);
    if (!message?.callbackTokenHash || !constantTimeEqual(message.callbackTokenHash, expected)) {
      throw new DomainError('unauthorized', 'The callback token is not valid for this task');
    }
    const system = await this.systems.get(this.dataSource.manager, message.systemId);
    const failure = verifyWebhook(
      callback.rawBody,
      callback.headers,
      system ? signingSecrets(system.settings) : [],
    );
    if (failure) throw new DomainError('unauthorized', REFUSALS[failure], { reason: failure });
    return message;
  }

  private parse(rawBody: string) {
    let json: unknown;
    try {
      json = JSON.parse(rawBody);
    } catch {
      throw new DomainError('invalid_input', 'The callback body is not JSON', {
        errors: [{ field: '(body)', message: 'must be JSON' }],
      });
    }
    const parsed = webhookAnswerSchema.safeParse(json);
    if (!parsed.success) {
      throw new DomainError('invalid_input', 'The callback body is invalid', {
        errors: parsed.error.issues.map((issue) => ({
          field: issue.path.join('.') || '(body)',
          message: issue.message,
        })),
      });
    }
    return parsed.data;
  }

  private async refuseReplay(
    manager: EntityManager,
    message: WebhookMessageEntity,
    headers: IncomingCallback['headers'],
    digest: string,
  ) {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(WebhookCallbackReceiptEntity)
      .values({
        messageId: message.id,
        callbackWebhookId: headers['webhook-id']!,
        callbackTimestamp: headers['webhook-timestamp']!,
        answerDigest: digest,
      })
      .orIgnore()
      .returning('message_id')
      .execute();
    if (inserted.raw.length === 0) {
      throw new DomainError(
        'conflict',
        'This signed callback was received already (replay refused)',
        { reason: 'replayed' },
      );
    }
  }
}
