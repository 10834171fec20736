import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * How a restriction was lifted in one system (GDPR Art. 18(3)), after the subject was told:
 * by its connector (`lifted`), by its owner by hand (`by_hand`, open until staff record it), or
 * not at all because nothing was restricted there (`nothing_to_lift`).
 */
export const RESTRICTION_LIFT_OUTCOMES = ['lifted', 'by_hand', 'nothing_to_lift'] as const;
export type RestrictionLiftOutcome = (typeof RESTRICTION_LIFT_OUTCOMES)[number];

@Entity({ name: 'restriction_lifts' })
@Unique('restriction_lifts_task', ['taskId'])
export class RestrictionLiftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  /** The restriction task it undoes. */
  @Column({ name: 'task_id', type: 'uuid' })
  taskId: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId: string;

  @Column({ name: 'system_name', type: 'text' })
  systemName: string;

  @Column({ type: 'text' })
  outcome: RestrictionLiftOutcome;

  /** For staff: what the connector said, or what to do by hand. */
  @Column({ type: 'text' })
  note: string;

  /** When it stopped applying there; null while a lift by hand is still to be done. */
  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt: Date | null;

  @Column({ name: 'lifted_by', type: 'uuid', nullable: true })
  liftedBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
