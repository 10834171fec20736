import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError } from '@dsar/domain';
import { StaffSessionEntity, StaffUserEntity, type StaffRole } from '@dsar/persistence';
import { hashToken, randomToken } from '@dsar/security';
import { LoginThrottle } from './login-throttle.service.js';
import { PasswordCheckGate } from './password-check-gate.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { normaliseEmail } from './staff-accounts.service.js';

export const SESSION_TTL_MS = 12 * 3600_000;

/** The signed-in staff member, as the guard puts it on the request. */
export interface StaffPrincipal {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  sessionId: string;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: { id: string; email: string; name: string; role: StaffRole };
}

/** Sessions are random bearer tokens; only their keyed hash is stored. */
@Injectable()
export class StaffSessions {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottle,
    private readonly gate: PasswordCheckGate,
  ) {}

  async login(
    email: string,
    password: string,
    address: string,
    now = new Date(),
  ): Promise<LoginResult> {
    const normalised = normaliseEmail(email);
    // Every limit is checked before anything is hashed: argon2 is the expensive part.
    const leave = this.gate.admit(address);
    try {
      await this.throttle.check(normalised, address, now);
      const user = await this.dataSource.manager.findOneBy(StaffUserEntity, { email: normalised });
      const passwordHash = user?.passwordHash ?? (await decoyHash());
      const matches = await this.gate.check(() => verifyPassword(passwordHash, password));
      return await this.settle(user, matches, normalised, address, now);
    } finally {
      leave();
    }
  }

  private async settle(
    user: StaffUserEntity | null,
    matches: boolean,
    normalised: string,
    address: string,
    now: Date,
  ): Promise<LoginResult> {
    if (!user || !matches || !user.enabled) {
      await this.throttle.recordFailure(normalised, address, now);
      throw new DomainError(
        'unauthorized',
        'The e-mail or password is wrong, or the account is disabled',
      );
    }
    await this.throttle.recordSuccess(normalised, address);
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(StaffSessionEntity, {
        userId: user.id,
        tokenHash: this.hash(token),
        createdAt: now,
        expiresAt,
        revokedAt: null,
      });
      await manager.update(StaffUserEntity, user.id, { lastLoginAt: now });
    });
    return {
      token,
      expiresAt,
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
    };
  }

  /**
   * The principal behind a bearer token, or null. Checked on every call: the session is live
   * (not expired, not revoked), the account enabled, its password unchanged since login.
   */
  async authenticate(token: string, now = new Date()): Promise<StaffPrincipal | null> {
    const rows = (await this.dataSource.query(
      `SELECT s.id AS "sessionId", u.id, u.email, u.name, u.role
         FROM staff_sessions s JOIN staff_users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2
          AND u.enabled AND s.created_at >= u.password_changed_at`,
      [this.hash(token), now],
    )) as StaffPrincipal[];
    return rows[0] ?? null;
  }

  async logout(sessionId: string, now = new Date()): Promise<void> {
    await this.dataSource.manager.update(StaffSessionEntity, { id: sessionId }, { revokedAt: now });
  }

  private hash(token: string): string {
    return hashToken(this.config.appSecret, 'session', token);
  }
}
