import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A transfer of a system's data outside the controller's country (ISO 3166-1 alpha-2). */
export interface SystemTransfer {
  country: string;
  safeguard: string;
}

/** A registered data store or processor. Secret settings are sealed (SecretBox) at rest. */
@Entity({ name: 'systems' })
export class SystemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  name: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'owner_name', type: 'text' })
  ownerName: string;

  @Column({ name: 'owner_email', type: 'text' })
  ownerEmail: string;

  @Column({ type: 'boolean' })
  enabled: boolean;

  @Column({ type: 'jsonb' })
  categories: string[];

  @Column({ type: 'jsonb' })
  purposes: string[];

  @Column({ name: 'legal_bases', type: 'jsonb' })
  legalBases: string[];

  @Column({ type: 'jsonb' })
  recipients: { name: string; email?: string; language?: string }[];

  @Column({ type: 'text', nullable: true })
  retention: string | null;

  /** Where the data came from, in words (GDPR Art. 15(1)(g)); null: from the subject. */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  /** Transfers to third countries and their safeguards (GDPR Art. 15(2), Art. 44-49). */
  @Column({ type: 'jsonb', default: () => `'[]'::jsonb` })
  transfers: SystemTransfer[];

  /** Automated decision-making or profiling, in words (GDPR Art. 15(1)(h)); null: none. */
  @Column({ name: 'automated_decisions', type: 'text', nullable: true })
  automatedDecisions: string | null;

  @Column({ name: 'identity_types', type: 'jsonb' })
  identityTypes: string[];

  @Column({ type: 'jsonb' })
  actions: string[];

  @Column({ type: 'jsonb' })
  settings: Record<string, unknown>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
