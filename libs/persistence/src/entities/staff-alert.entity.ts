import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A staff alert or reminder already sent; the unique key makes each one go out once. */
@Entity({ name: 'staff_alerts' })
@Unique('staff_alerts_once', ['kind', 'subjectKey'])
export class StaffAlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'subject_key', type: 'text' })
  subjectKey: string;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
