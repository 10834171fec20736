import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type WebhookMessageState = 'pending' | 'awaiting_callback' | 'succeeded' | 'failed';

/**
 * One webhook message: a task's event, a test, a notice. Its Standard Webhooks id is the same on
 * every attempt; the body (identities, callback token) is sealed and purged after retention.
 */
@Entity({ name: 'webhook_messages' })
export class WebhookMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'webhook_id', type: 'text', unique: true })
  webhookId: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId: string;

  @Column({ name: 'system_name', type: 'text' })
  systemName: string;

  @Column({ name: 'task_id', type: 'uuid', nullable: true, unique: true })
  taskId: string | null;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ name: 'sealed_body', type: 'text', nullable: true })
  sealedBody: string | null;

  @Column({ name: 'callback_token_hash', type: 'text', nullable: true, unique: true })
  callbackTokenHash: string | null;

  @Column({ type: 'text', default: 'pending' })
  state: WebhookMessageState;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** Digest of the settled answer: a repeated callback is compared with it, not with data. */
  @Column({ name: 'answer_digest', type: 'text', nullable: true })
  answerDigest: string | null;

  /** The synchronous answer itself, sealed: what the reconciler records if the worker died first. */
  @Column({ name: 'sealed_answer', type: 'text', nullable: true })
  sealedAnswer: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
