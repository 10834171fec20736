import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type MailStatus = 'queued' | 'sent' | 'failed' | 'suppressed';

/**
 * The outbox: every mail is a row before it is a job. The message (recipient, subject, bodies) is
 * sealed with the app secret because it carries link tokens; the recipient's keyed hash is in the
 * clear so the per-recipient limit can count without decrypting.
 */
@Entity({ name: 'outbound_mails' })
@Index(['recipientHash', 'createdAt'])
export class OutboundMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ type: 'text' })
  template: string;

  @Column({ name: 'recipient_hash', type: 'text' })
  recipientHash: string;

  @Column({ type: 'text' })
  sealed: string;

  @Column({ type: 'text', default: 'queued' })
  status: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
