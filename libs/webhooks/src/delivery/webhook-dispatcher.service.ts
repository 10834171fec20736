import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  type OutboundMailEntity,
  WebhookDeliveryEntity,
  WebhookMessageEntity,
} from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { StaffAlerts } from '@dsar/notices';
import { SystemRecords } from '@dsar/systems';
import { answerDigest } from './webhook-answer.js';
import { nextRetryDelaySeconds, type DeliveryVerdict } from './delivery-verdict.js';
import { WebhookMessages } from './webhook-messages.service.js';
import { WebhookSender } from './webhook-sender.service.js';
import { WebhookRetryQueue } from './webhook-retry-queue.js';

export interface AttemptOptions {
  /** Staff asked for this attempt (logged as a redelivery). */
  redelivery?: boolean;
  /** A retry job's claim: only attempt when the message still has this many attempts made. */
  expectedAttempts?: number;
  /** One attempt and no schedule ("test connection"). */
  once?: boolean;
}

export interface AttemptOutcome {
  verdict: DeliveryVerdict;
  message: WebhookMessageEntity;
  delivery: WebhookDeliveryEntity;
  /** When the next attempt is due, or null when the message is settled or awaits a callback. */
  nextAttemptAt: Date | null;
}

const OUTCOME_OF: Record<DeliveryVerdict['kind'], WebhookDeliveryEntity['outcome']> = {
  answered: 'succeeded',
  accepted: 'accepted',
  retry: 'retry',
  permanent: 'failed',
  gone: 'gone',
};

/**
 * Makes one attempt at a message (WebhookSender signs and posts it), logs the delivery and moves the message on in one transaction (a 410 disables the
 * system and alerts staff in that same transaction), then schedules the next attempt.
 */
@Injectable()
export class WebhookDispatcher {
  private readonly logger = new Logger(WebhookDispatcher.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly retries: WebhookRetryQueue,
    private readonly alerts: StaffAlerts,
    private readonly sender: WebhookSender,
    private readonly messages: WebhookMessages,
    private readonly systems: SystemRecords,
  ) {}

  async attempt(messageId: string, options: AttemptOptions = {}): Promise<AttemptOutcome | null> {
    const message = await this.claim(messageId, options.expectedAttempts);
    if (!message) return null;
    const started = Date.now();
    const { verdict, statusCode, latencyMs } = await this.sender
      .send(message)
      .catch((error: Error) => ({
        verdict: { kind: 'retry', error: error.message } as DeliveryVerdict,
        statusCode: null,
        latencyMs: Date.now() - started,
      }));
    const schedule = options.once ? [] : (await this.settings.get()).retrySchedule;
    const retryAfter = verdict.kind === 'retry' ? verdict.retryAfterSeconds : undefined;
    const delay =
      verdict.kind === 'retry'
        ? nextRetryDelaySeconds(schedule, message.attempts, retryAfter)
        : null;
    const nextAttemptAt = delay === null ? null : new Date(Date.now() + delay * 1000);
    const error = 'error' in verdict ? verdict.error : null;
    const state: WebhookMessageEntity['state'] =
      verdict.kind === 'answered'
        ? 'succeeded'
        : verdict.kind === 'accepted'
          ? 'awaiting_callback'
          : nextAttemptAt
            ? 'pending'
            : 'failed';
    const finalError =
      verdict.kind === 'retry' && !nextAttemptAt && !options.once
        ? `gave up after ${message.attempts} attempts: ${error}`
        : error;
    let mails: OutboundMailEntity[] = [];
    const delivery = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        WebhookDeliveryEntity,
        manager.create(WebhookDeliveryEntity, {
          messageId: message.id,
          webhookId: message.webhookId,
          systemId: message.systemId,
          systemName: message.systemName,
          taskId: message.taskId,
          requestId: message.requestId,
          eventType: message.eventType,
          attempt: message.attempts,
          statusCode,
          latencyMs,
          error,
          outcome: OUTCOME_OF[verdict.kind],
          redelivery: options.redelivery ?? false,
        }),
      );
      const current = await manager.findOneOrFail(WebhookMessageEntity, {
        where: { id: message.id },
        lock: { mode: 'pessimistic_write' },
      });
      // A callback can answer while this attempt is still out: its answer stands.
      const changedMeanwhile = current.updatedAt.getTime() !== message.updatedAt.getTime();
      if (verdict.kind === 'gone') mails = await this.disableSystem(manager, message);
      if (changedMeanwhile) return saved;
      await manager.update(WebhookMessageEntity, message.id, {
        state,
        nextAttemptAt,
        lastError: state === 'failed' ? finalError : error,
        ...(verdict.kind === 'answered'
          ? {
              answerDigest: answerDigest(verdict.answer),
              sealedAnswer: this.messages.sealAnswer(verdict.answer),
            }
          : {}),
        updatedAt: new Date(),
      });
      return saved;
    });
    await this.alerts.dispatch(mails);
    if (nextAttemptAt) await this.retries.schedule(message.id, message.attempts, nextAttemptAt);
    this.logger.log(
      {
        webhookId: message.webhookId,
        taskId: message.taskId,
        attempt: message.attempts,
        statusCode,
        outcome: delivery.outcome,
      },
      'webhook delivery',
    );
    return {
      verdict:
        verdict.kind === 'retry' && !nextAttemptAt
          ? { kind: 'retry', error: finalError ?? '' }
          : verdict,
      message: { ...message, state, nextAttemptAt, lastError: finalError },
      delivery,
      nextAttemptAt,
    };
  }

  /** Counts the attempt; with `expected`, only when nobody else made it meanwhile. */
  private async claim(messageId: string, expected?: number): Promise<WebhookMessageEntity | null> {
    const query = this.dataSource
      .createQueryBuilder()
      .update(WebhookMessageEntity)
      .set({ attempts: () => 'attempts + 1', updatedAt: new Date() })
      .where('id = :messageId', { messageId })
      .returning('*');
    if (expected !== undefined) {
      query.andWhere('attempts = :expected', { expected }).andWhere(`state = 'pending'`);
    }
    const result = await query.execute();
    if (result.affected === 0) return null;
    return this.dataSource.manager.findOneByOrFail(WebhookMessageEntity, { id: messageId });
  }

  private async disableSystem(
    manager: import('typeorm').EntityManager,
    message: WebhookMessageEntity,
  ): Promise<OutboundMailEntity[]> {
    await this.systems.disable(manager, message.systemId, 'the receiver answered 410 Gone');
    return this.alerts.raise(manager, {
      kind: 'system_disabled',
      key: `${message.systemId}-${message.webhookId}`,
      requestId: message.requestId,
      subject: `Connected system disabled: ${message.systemName}`,
      paragraphs: [
        `${message.systemName} answered 410 Gone to webhook ${message.webhookId}, which means it no longer accepts our messages.`,
        'The system has been disabled: new requests skip it until it is enabled again. Open tasks for it need an officer.',
      ],
    });
  }
}
