import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type ActorType = 'subject' | 'staff' | 'system';

/**
 * Append-only (a trigger refuses UPDATE and DELETE), hash-chained per chain: a request's id, or
 * `system` for events that belong to no request. Ids and reasons only, never the subject's data.
 */
@Entity({ name: 'audit_events' })
@Unique('audit_events_chain_seq', ['chain', 'seq'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  chain: string;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ name: 'actor_type', type: 'text' })
  actorType: ActorType;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ name: 'to_status', type: 'text', nullable: true })
  toStatus: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  data: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'prev_hash', type: 'text', nullable: true })
  prevHash: string | null;

  @Column({ type: 'text' })
  hash: string;
}
