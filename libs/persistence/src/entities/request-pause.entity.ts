import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PauseReason, RequestStatus } from '@dsar/domain';

/**
 * A time the controller waited on the subject (a question asked, identity or a fee awaited).
 * Whether it stopped the legal clock is the request's pack's to say; the row only records it.
 */
@Entity({ name: 'request_pauses' })
@Index(['requestId', 'startedAt'])
export class RequestPauseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ type: 'text' })
  reason: PauseReason;

  /** What staff asked the subject. */
  @Column({ type: 'text' })
  question: string;

  /** The subject's answer (part of the request, like its details; never in the audit trail). */
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  /** The status the request left, to which the answer returns it. */
  @Column({ name: 'resume_status', type: 'text' })
  resumeStatus: RequestStatus;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
