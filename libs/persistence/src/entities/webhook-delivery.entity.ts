import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type WebhookDeliveryOutcome = 'succeeded' | 'accepted' | 'retry' | 'failed' | 'gone';

/** One attempt at delivering a webhook message: what staff see at /api/admin/deliveries. */
@Entity({ name: 'webhook_deliveries' })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @Column({ name: 'webhook_id', type: 'text' })
  webhookId: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId: string;

  @Column({ name: 'system_name', type: 'text' })
  systemName: string;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ type: 'integer' })
  attempt: number;

  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode: number | null;

  @Column({ name: 'latency_ms', type: 'integer', nullable: true })
  latencyMs: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'text' })
  outcome: WebhookDeliveryOutcome;

  @Column({ type: 'boolean', default: false })
  redelivery: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
