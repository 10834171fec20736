import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@dsar/domain';
import {
  appendAuditEvent,
  type Actor,
  WebhookDeliveryEntity,
  WebhookMessageEntity,
} from '@dsar/persistence';
import { WebhookDispatcher } from '../delivery/webhook-dispatcher.service.js';
import { WebhookTaskFollowUp } from '../delivery/webhook-task-follow-up.service.js';
import { WEBHOOK_TASKS, type WebhookTaskPort } from '../tasks/webhook-tasks.js';

/** Fields staff may filter and sort deliveries by (the response's camelCase names). */
export const DELIVERY_FIELDS = [
  'id',
  'messageId',
  'webhookId',
  'systemId',
  'systemName',
  'taskId',
  'requestId',
  'eventType',
  'attempt',
  'statusCode',
  'latencyMs',
  'outcome',
  'redelivery',
  'createdAt',
] as const;
export type DeliveryField = (typeof DELIVERY_FIELDS)[number];

export interface DeliveryQuery {
  filter: Partial<Record<DeliveryField, unknown>>;
  sort: { field: DeliveryField; order: 'ASC' | 'DESC' };
  range: { start: number; end: number };
}

const COLUMN: Record<DeliveryField, string> = {
  id: 'id',
  messageId: 'message_id',
  webhookId: 'webhook_id',
  systemId: 'system_id',
  systemName: 'system_name',
  taskId: 'task_id',
  requestId: 'request_id',
  eventType: 'event_type',
  attempt: 'attempt',
  statusCode: 'status_code',
  latencyMs: 'latency_ms',
  outcome: 'outcome',
  redelivery: 'redelivery',
  createdAt: 'created_at',
};

/** The delivery log for staff: list, get, and a redelivery of the same message. */
@Injectable()
export class Deliveries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatcher: WebhookDispatcher,
    private readonly followUp: WebhookTaskFollowUp,
    @Inject(WEBHOOK_TASKS) private readonly tasks: WebhookTaskPort,
  ) {}

  async list(query: DeliveryQuery): Promise<{ rows: WebhookDeliveryEntity[]; total: number }> {
    const builder = this.dataSource.manager.createQueryBuilder(WebhookDeliveryEntity, 'd');
    for (const [field, value] of Object.entries(query.filter) as [DeliveryField, unknown][]) {
      const column = `d.${COLUMN[field]}`;
      const param = `f_${field}`;
      if (Array.isArray(value))
        builder.andWhere(`${column} IN (:...${param})`, { [param]: value.length ? value : [null] });
      else builder.andWhere(`${column} = :${param}`, { [param]: value });
    }
    builder
      .orderBy(`d.${COLUMN[query.sort.field]}`, query.sort.order)
      .addOrderBy('d.id', 'ASC')
      .skip(query.range.start)
      .take(query.range.end - query.range.start + 1);
    const [rows, total] = await builder.getManyAndCount();
    return { rows, total };
  }

  async get(id: string): Promise<WebhookDeliveryEntity> {
    const delivery = await this.dataSource.manager.findOneBy(WebhookDeliveryEntity, { id });
    if (!delivery) throw new DomainError('not_found', `No delivery with id ${id}`);
    return delivery;
  }

  /** Sends the delivery's message again (same webhook-id); a settled task takes no new answer. */
  async redeliver(id: string, actor: Actor): Promise<WebhookDeliveryEntity> {
    const delivery = await this.get(id);
    const message = await this.dataSource.manager.findOneByOrFail(WebhookMessageEntity, {
      id: delivery.messageId,
    });
    if (message.taskId) {
      const state = (await this.tasks.find(message.taskId))?.state ?? null;
      if (state !== 'waiting') {
        throw new DomainError(
          'conflict',
          `The task is ${state ?? 'gone'}; retry the task instead of redelivering`,
        );
      }
    }
    if (!message.sealedBody)
      throw new DomainError('conflict', 'The body of this message was purged (retention)');
    await this.dataSource.transaction((manager) =>
      appendAuditEvent(manager, {
        requestId: message.requestId,
        actor,
        action: 'webhook_redelivered',
        data: { deliveryId: id, messageId: message.id, systemId: message.systemId },
      }),
    );
    const outcome = await this.dispatcher.attempt(message.id, { redelivery: true });
    if (!outcome) throw new DomainError('conflict', 'The message could not be claimed');
    await this.followUp.apply(outcome);
    return outcome.delivery;
  }
}
