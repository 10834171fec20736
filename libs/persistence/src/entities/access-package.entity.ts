import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The access package of one request: an encrypted zip under DATA_DIR, deleted after retention. */
@Entity({ name: 'access_packages' })
export class AccessPackageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid', unique: true })
  requestId: string;

  /** Relative to DATA_DIR. */
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'size_bytes', type: 'bigint', default: 0 })
  sizeBytes: string;

  @Column({ name: 'row_count', type: 'integer', default: 0 })
  rowCount: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** `retention` or `erasure` (an erasure request deletes the subject's earlier packages). */
  @Column({ name: 'deletion_reason', type: 'text', nullable: true })
  deletionReason: string | null;
}
