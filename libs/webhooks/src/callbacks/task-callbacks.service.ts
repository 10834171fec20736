import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError, emptyCounts } from '@dsar/domain';
import { WebhookCallbackReceiptEntity, WebhookMessageEntity } from '@dsar/persistence';
import { constantTimeEqual, hashToken } from '@dsar/security';
import { verifyWebhook } from '../signing/webhook-signing.js';
import { SystemRecords } from '@dsar/systems';
import { signingSecrets } from '../signing/signing-secrets.js';
import { WEBHOOK_TASKS, type WebhookTaskPort } from '../tasks/webhook-tasks.js';
import { answerDigest, answerToResult, webhookAnswerSchema } from '../delivery/webhook-answer.js';
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

const STARTING_GRACE_MS = 5000;

const REFUSALS = {
  unsigned: 'The callback carries no Standard Webhooks signature headers',
  late: 'The callback timestamp is outside the five-minute tolerance',
  bad_signature: 'The callback signature does not verify with the system secret',
} as const;

/**
 * `POST /api/callbacks/tasks/:taskId`: the per-task bearer token AND a Standard Webhooks
 * signature with the system's secret. The exact same signed message twice is a replay and is
 * refused; the same final answer sent again (a fresh signature) is 200; a different one is 409.
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
  ) {}

  async receive(callback: IncomingCallback): Promise<{ status: 'accepted' | 'already_settled' }> {
    const message = await this.authenticate(callback);
    const body = this.parse(callback.rawBody);
    const digest = answerDigest(body);
    const state = await this.settledOrWaiting(message.taskId!);
    await this.refuseReplay(message, callback.headers, digest);
    if (state !== 'waiting') {
      if (message.answerDigest === digest) return { status: 'already_settled' };
      throw new DomainError(
        'conflict',
        `Task ${message.taskId} is settled (${state}); a different answer is refused`,
      );
    }
    if (
      body.status === 'failed' &&
      body.retryable !== false &&
      (await this.scheduleRetry(message, body.message))
    ) {
      return { status: 'accepted' };
    }
    const result =
      body.status === 'failed'
        ? {
            outcome: 'failed' as const,
            counts: emptyCounts(),
            note: body.message ?? 'the system reported a failure',
          }
        : answerToResult(body, actionOfEvent(message.eventType));
    await this.dataSource.manager.update(WebhookMessageEntity, message.id, {
      state: body.status === 'failed' ? 'failed' : 'succeeded',
      answerDigest: digest,
      lastError: body.status === 'failed' ? (body.message ?? null) : null,
      updatedAt: new Date(),
    });
    await this.tasks.completeWaiting(message.taskId!, result);
    return { status: 'accepted' };
  }

  /**
   * A fast system can call back before the task's own run has recorded `waiting` (milliseconds
   * later): wait a little for that; a task still starting after that answers 429 + Retry-After.
   */
  private async settledOrWaiting(taskId: string): Promise<string | null> {
    const deadline = Date.now() + STARTING_GRACE_MS;
    for (;;) {
      const state = (await this.tasks.find(taskId))?.state ?? null;
      if (state !== 'running' && state !== 'queued') return state;
      if (Date.now() > deadline) {
        throw new DomainError(
          'rate_limited',
          'The task is still starting; send the callback again later',
          {
            retryAfterSeconds: 5,
          },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** A retryable failure called back: the message is sent again on the retry schedule. */
  private async scheduleRetry(
    message: WebhookMessageEntity,
    reason: string | undefined,
  ): Promise<boolean> {
    const delay = nextRetryDelaySeconds(
      (await this.settings.get()).retrySchedule,
      message.attempts,
    );
    if (delay === null) return false;
    const at = new Date(Date.now() + delay * 1000);
    await this.dataSource.manager.update(WebhookMessageEntity, message.id, {
      state: 'pending',
      nextAttemptAt: at,
      lastError: reason ?? 'the system reported a retryable failure',
      updatedAt: new Date(),
    });
    await this.retries.schedule(message.id, message.attempts, at);
    return true;
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
    message: WebhookMessageEntity,
    headers: IncomingCallback['headers'],
    digest: string,
  ) {
    const inserted = await this.dataSource
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
