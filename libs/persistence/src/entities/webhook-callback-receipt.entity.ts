import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signed callback already received: the same signed message again is a replay. */
@Entity({ name: 'webhook_callback_receipts' })
export class WebhookCallbackReceiptEntity {
  @PrimaryColumn({ name: 'message_id', type: 'uuid' })
  messageId: string;

  @PrimaryColumn({ name: 'callback_webhook_id', type: 'text' })
  callbackWebhookId: string;

  @PrimaryColumn({ name: 'callback_timestamp', type: 'bigint' })
  callbackTimestamp: string;

  @Column({ name: 'answer_digest', type: 'text' })
  answerDigest: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
