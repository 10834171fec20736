import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { effectiveDueAt, type RequestStatus, type RequestType } from '@dsar/domain';

export interface Correction {
  field: string;
  value: string;
}

/** One data-subject request. Statuses change only through the lifecycle service. */
@Entity({ name: 'requests' })
export class RequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index({ unique: true })
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  type: RequestType;

  @Column({ type: 'text' })
  status: RequestStatus;

  @Column({ type: 'text' })
  jurisdiction: string;

  /** The policy pack version pinned at receipt; null for requests received before packs. */
  @Column({ name: 'policy_version', type: 'text', nullable: true })
  policyVersion: string | null;

  /** Where the subject lives (ISO 3166-1 / 3166-2), when the regime was derived from it. */
  @Column({ name: 'residence_country', type: 'text', nullable: true })
  residenceCountry: string | null;

  @Column({ name: 'residence_region', type: 'text', nullable: true })
  residenceRegion: string | null;

  /**
   * Normalised (trimmed, lower-cased); null for a Global Privacy Control signal that carried
   * only a browser id: such a request has nobody to write to, so no subject mail is recorded.
   */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  /** BCP 47, canonical (`pt-BR`); mails and the privacy center answer in it where they can. */
  @Column({ type: 'text', default: 'en' })
  language: string;

  @Column({ type: 'text', nullable: true })
  details: string | null;

  @Column({ type: 'jsonb', nullable: true })
  corrections: Correction[] | null;

  /** `web` (public form) or `staff` (received by post or phone). */
  @Column({ type: 'text', default: 'web' })
  source: 'web' | 'staff' | 'gpc';

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'extended_due_at', type: 'timestamptz', nullable: true })
  extendedDueAt: Date | null;

  @Column({ name: 'extension_reason', type: 'text', nullable: true })
  extensionReason: string | null;

  /** The regime's receipt-confirmation deadline (CCPA), or null where it has none. */
  @Column({ name: 'acknowledge_by', type: 'timestamptz', nullable: true })
  acknowledgeBy: Date | null;

  /** When the acknowledgement mail left (the receipt confirmation recorded). */
  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verification_method', type: 'text', nullable: true })
  verificationMethod: 'email_link' | 'manual' | null;

  @Column({ name: 'denial_reason_code', type: 'text', nullable: true })
  denialReasonCode: string | null;

  @Column({ name: 'denial_text', type: 'text', nullable: true })
  denialText: string | null;

  /** An objection's ground (GDPR Art. 21): direct marketing, or legitimate interests. */
  @Column({ name: 'objection_ground', type: 'text', nullable: true })
  objectionGround: 'direct_marketing' | 'legitimate_interests' | null;

  /** A restriction's lifting (Art. 18(3)): the mail that told the subject first, and when. */
  @Column({ name: 'restriction_lift_mail_id', type: 'uuid', nullable: true })
  restrictionLiftMailId: string | null;

  @Column({ name: 'restriction_lifted_at', type: 'timestamptz', nullable: true })
  restrictionLiftedAt: Date | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  /** An open request of the same type for the same e-mail that this one was linked to. */
  @Column({ name: 'duplicate_of_id', type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  /** Identities used as search keys, by type (the verified e-mail and those systems provided). */
  @Column({ type: 'jsonb', default: () => `'{}'::jsonb` })
  identities: Record<string, string[]>;

  /** What the subject was told at the end (counts, retained items, notes). */
  @Column({ type: 'jsonb', nullable: true })
  outcome: Record<string, unknown> | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** The deadline in force (`effectiveDueAt` in @dsar/domain). */
  effectiveDueAt(): Date {
    return effectiveDueAt(this);
  }
}
