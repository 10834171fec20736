import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { connectorResult, emptyCounts, type ConnectorResult } from '@dsar/domain';
import { claimOnce } from '@dsar/notices';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { OutboundAddressPolicy, OutboundRefusedError, resolveChecked } from '@dsar/outbound';
import {
  WebhookConnectionTest,
  WebhookDispatcher,
  WebhookMessages,
  answerToResult,
  restrictionLiftedEvent,
} from '@dsar/webhooks';
import {
  PermanentConnectorError,
  type Connector,
  type ConnectorExecution,
  type FieldProblem,
  type SystemRecord,
  type TaskAction,
  type TaskContext,
} from '@dsar/systems';
import { completeWebhookSettings, webhookSettingsProblems } from './webhook-settings.js';

/**
 * Connected systems over Standard Webhooks. A task's event is attempted at once: an answer
 * settles the task; a 202 leaves it waiting for the signed callback; a retryable failure leaves
 * it waiting for the scheduled retries (hours, from settings), which settle it later; a refusal,
 * a redirect or a 410 fails it for good.
 */
@Injectable()
export class WebhookConnector implements Connector {
  readonly kind = 'webhook' as const;
  readonly secretSettings = ['secret', 'previousSecret'] as const;
  private readonly policy: OutboundAddressPolicy;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly messages: WebhookMessages,
    private readonly dispatcher: WebhookDispatcher,
    private readonly connectionTest: WebhookConnectionTest,
    private readonly dataSource: DataSource,
  ) {
    this.policy = new OutboundAddressPolicy(config.outboundAllowlist);
  }

  validateSettings(settings: unknown): FieldProblem[] {
    return webhookSettingsProblems(settings, this.policy);
  }

  /** At registration: the URL must resolve, and to an address the policy allows. */
  async checkLive(settings: Record<string, unknown>): Promise<FieldProblem[]> {
    try {
      await resolveChecked(this.policy, String(settings.url));
      return [];
    } catch (error) {
      if (error instanceof OutboundRefusedError)
        return [{ field: 'settings.url', message: error.message }];
      throw error;
    }
  }

  /** Generates the `whsec_…` secret when none is given; `revealed` is shown once. */
  completeSettings(settings: Record<string, unknown>) {
    return completeWebhookSettings(settings);
  }

  test(system: SystemRecord): Promise<{ ok: boolean; message: string }> {
    return this.connectionTest.run(system);
  }

  /**
   * A waiting task whose message is settled although the task was not: the kept answer of a
   * succeeded message, or the failure of a message that gave up — what the delivery processor's
   * follow-up would have recorded.
   */
  async settledAnswer(taskId: string, action: TaskAction): Promise<ConnectorResult | null> {
    const message = await this.messages.findForTask(taskId);
    if (message?.state === 'succeeded') {
      const answer = this.messages.answerOf(message);
      return answer ? answerToResult(answer, action) : null;
    }
    if (message?.state === 'failed') {
      return {
        outcome: 'failed',
        counts: emptyCounts(),
        note: message.lastError ?? 'the webhook could not be delivered',
      };
    }
    return null;
  }

  forgetWaiting(manager: EntityManager, taskId: string): Promise<void> {
    return this.messages.forgetForRetry(manager, taskId);
  }

  /** `dsar.restriction.lifted`, once per restriction task; a failed delivery is retried. */
  async liftRestriction(context: TaskContext): Promise<ConnectorExecution> {
    const message = await this.dataSource.transaction(async (manager) => {
      if (!(await claimOnce(manager, 'restriction_lifted', context.taskId, context.requestId)))
        return null;
      return this.messages.forEvent(
        manager,
        context.system,
        restrictionLiftedEvent(context),
        context.requestId,
      );
    });
    if (message) await this.dispatcher.attempt(message.id);
    return connectorResult('completed', {
      note: `${context.system.name} told the restriction is lifted`,
    });
  }

  async execute(context: TaskContext): Promise<ConnectorExecution> {
    const message = await this.messages.forTask({
      systemId: context.system.id,
      systemName: context.system.name,
      requestId: context.requestId,
      taskId: context.taskId,
      action: context.action,
      identities: context.identities,
      corrections: context.corrections,
      dueAt: context.dueAt,
    });
    if (message.state === 'succeeded') {
      // Delivered and answered before a crash: the kept answer settles the task, no resend.
      const answer = this.messages.answerOf(message);
      if (answer) return answerToResult(answer, context.action);
    }
    if (message.state === 'awaiting_callback') {
      return {
        waiting: true,
        note: `${context.system.name} accepted the request; waiting for its callback`,
      };
    }
    if (
      message.state === 'pending' &&
      message.nextAttemptAt &&
      message.nextAttemptAt > new Date()
    ) {
      return {
        waiting: true,
        note: `next delivery attempt at ${message.nextAttemptAt.toISOString()}`,
      };
    }
    const outcome = await this.dispatcher.attempt(message.id);
    if (!outcome) return { waiting: true, note: 'another attempt is under way' };
    const { verdict } = outcome;
    switch (verdict.kind) {
      case 'answered':
        return answerToResult(verdict.answer, context.action);
      case 'accepted':
        return {
          waiting: true,
          note: `${context.system.name} accepted the request (202); waiting for its callback`,
        };
      case 'retry':
        if (outcome.nextAttemptAt) {
          return {
            waiting: true,
            note: `delivery attempt ${outcome.message.attempts} failed (${verdict.error}); next attempt at ${outcome.nextAttemptAt.toISOString()}`,
          };
        }
        throw new PermanentConnectorError(verdict.error);
      case 'permanent':
      case 'gone':
        throw new PermanentConnectorError(verdict.error);
    }
  }
}
