import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { RequestStatus } from '@dsar/domain';

export type AppealOutcome = 'upheld' | 'overturned';

/** The subject's appeal of a decision, and the officers' answer to it. */
@Entity({ name: 'request_appeals' })
@Index(['requestId', 'askedAt'])
export class RequestAppealEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  /** Why the subject disagrees, in their words. */
  @Column({ type: 'text' })
  text: string;

  /** The decision appealed: `denied` or `completed` (an upheld appeal returns to it). */
  @Column({ name: 'decided_status', type: 'text' })
  decidedStatus: RequestStatus;

  @Column({ name: 'asked_at', type: 'timestamptz' })
  askedAt: Date;

  /** When officers must decide by, under the pack's appeal period. */
  @Column({ name: 'decide_by', type: 'timestamptz' })
  decideBy: Date;

  @Column({ type: 'text', nullable: true })
  outcome: AppealOutcome | null;

  /** The officers' reasons, sent to the subject. */
  @Column({ name: 'decision_text', type: 'text', nullable: true })
  decisionText: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
