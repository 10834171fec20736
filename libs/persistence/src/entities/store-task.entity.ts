import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const STORE_TASK_STATES = [
  'queued',
  'running',
  'waiting',
  'succeeded',
  'failed',
  'skipped',
] as const;
export type StoreTaskState = (typeof STORE_TASK_STATES)[number];
export const FINAL_TASK_STATES: readonly StoreTaskState[] = ['succeeded', 'failed', 'skipped'];

/**
 * One unit of fan-out work: a (request, system, action). The unique constraint backs the claim
 * that approving twice, or re-planning after a crash, never creates a second task.
 */
@Entity({ name: 'store_tasks' })
@Unique('store_tasks_request_system_action', ['requestId', 'systemId', 'action'])
@Index('store_tasks_by_request', ['requestId', 'stage'])
export class StoreTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId: string;

  /** The system's name when the task was planned (the proof survives a renamed or deleted system). */
  @Column({ name: 'system_name', type: 'text' })
  systemName: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', default: 'queued' })
  state: StoreTaskState;

  /** Identity providers run in earlier stages than the systems that need what they provide. */
  @Column({ type: 'integer', default: 0 })
  stage: number;

  /**
   * Searched only for the identities later stages need (the system does not take the action, or
   * is outside the request's scope); it changes nothing and the subject is not told of it.
   */
  @Column({ name: 'lookup_only', type: 'boolean', default: false })
  lookupOnly: boolean;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Bumped by a manual retry, so the retry gets a job id of its own. */
  @Column({ type: 'integer', default: 0 })
  run: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** The connector result without access rows (those are in the task's encrypted spool file). */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  /** Why it was skipped, or the officer's note when closed by hand. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;

  /** When its job was added (a stage starts once); the sweep re-adds jobs Redis lost. */
  @Column({ name: 'enqueued_at', type: 'timestamptz', nullable: true })
  enqueuedAt: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
