import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const OPT_OUT_KINDS = ['opt_out', 'limit_sensitive'] as const;
export type OptOutKind = (typeof OPT_OUT_KINDS)[number];

/**
 * One identity's standing opt-out (of sale/sharing, or the limit on sensitive data): what later
 * data flows check and the suppression list exports. One row per kind and identity.
 */
@Entity({ name: 'opt_outs' })
export class OptOutEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: OptOutKind;

  @Column({ name: 'identity_type', type: 'text' })
  identityType: string;

  @Column({ name: 'identity_value', type: 'text' })
  identityValue: string;

  /** The request's reference, or a GPC signal's own (`GPC-…`) when it named no e-mail. */
  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ type: 'text' })
  source: 'web' | 'staff' | 'gpc';

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
