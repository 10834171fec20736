import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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
  recipients: { name: string; email?: string }[];

  @Column({ type: 'text', nullable: true })
  retention: string | null;

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
