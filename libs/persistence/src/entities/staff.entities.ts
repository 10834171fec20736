import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const STAFF_ROLES = ['admin', 'officer', 'viewer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A staff account. Accounts are disabled, never deleted: the audit trail names them. */
@Entity({ name: 'staff_users' })
export class StaffUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Trimmed and lower-cased; unique. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: StaffRole;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** argon2id, never returned. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  /** Sessions begun before this instant are dead (a password change ends them at once). */
  @Column({ name: 'password_changed_at', type: 'timestamptz' })
  passwordChangedAt: Date;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** A signed-in session: only the HMAC of its bearer token is stored. */
@Entity({ name: 'staff_sessions' })
export class StaffSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index({ unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

/** One failed login; counted per (account e-mail, address) and per address. */
@Entity({ name: 'login_failures' })
export class LoginFailureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A keyed hash of the e-mail as typed, so unknown accounts are throttled like known ones. */
  @Column({ name: 'account_key', type: 'text' })
  accountKey: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const STAFF_ENTITIES = [StaffUserEntity, StaffSessionEntity, LoginFailureEntity];
