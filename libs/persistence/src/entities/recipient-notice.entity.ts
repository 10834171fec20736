import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** An Art. 19 notice sent to a recipient of an affected system; the subject may ask for the list. */
@Entity({ name: 'recipient_notices' })
@Unique('recipient_notices_once', ['requestId', 'systemId', 'recipientName'])
export class RecipientNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId: string;

  @Column({ name: 'system_name', type: 'text' })
  systemName: string;

  @Column({ name: 'recipient_name', type: 'text' })
  recipientName: string;

  /** `staff`: no address and no connected system, so staff must tell this recipient themselves. */
  @Column({ type: 'text' })
  channel: 'email' | 'webhook' | 'staff';

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
