import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { TokenPurpose } from '@dsar/security';

/** A link token given to a subject; only its keyed hash is stored. */
@Entity({ name: 'request_tokens' })
@Index(['requestId', 'purpose'])
export class RequestTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ type: 'text' })
  purpose: TokenPurpose;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** Set when a single-use token is spent or superseded by a fresh one. */
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
