import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job written in the transaction of the change that needs it, before it is a job in BullMQ. The
 * writer tries to enqueue it right after commit; a relay timer moves what is left (Redis was down)
 * once Redis answers again. A row is deleted once BullMQ has its job.
 */
@Entity({ name: 'queue_outbox' })
export class QueueOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `job`: one job in `queue`; `flow`: a BullMQ flow whose parent is in `queue`. */
  @Column({ type: 'text' })
  kind: 'job' | 'flow';

  @Column({ type: 'text' })
  queue: string;

  /** The deterministic BullMQ job id (the parent's for a flow): enqueued twice, it is one job. */
  @Column({ name: 'job_id', type: 'text' })
  jobId: string;

  /** `{name, data, opts}` of a job, or the whole flow tree; ids only, never personal data. */
  @Column({ type: 'jsonb' })
  spec: Record<string, unknown>;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;
}
