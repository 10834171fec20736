import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A part of a request an officer refused (one system's share, or one data category), with the
 * exemption relied on and its citation under the request's regime as they stood when decided.
 */
@Entity({ name: 'request_refusals' })
@Index('request_refusals_by_request', ['requestId', 'createdAt'])
export class RequestRefusalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ type: 'text' })
  scope: 'system' | 'category';

  @Column({ name: 'system_id', type: 'uuid', nullable: true })
  systemId: string | null;

  /** The system's name when refused (the answer survives a renamed system). */
  @Column({ name: 'system_name', type: 'text', nullable: true })
  systemName: string | null;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ name: 'exemption_code', type: 'text' })
  exemptionCode: string;

  @Column({ type: 'text' })
  citation: string;

  /** The officer's reasons, sent to the subject. */
  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'refused_by', type: 'uuid', nullable: true })
  refusedBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
