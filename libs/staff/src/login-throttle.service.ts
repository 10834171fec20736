import { Inject, Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError } from '@dsar/domain';
import { LoginFailureEntity } from '@dsar/persistence';
import { hashToken } from '@dsar/security';

export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Failures for one (account, address) pair before that pair waits. */
export const PAIR_FAILURE_LIMIT = 5;
/** Failures from one address over all accounts: stops one address trying many accounts. */
export const ADDRESS_FAILURE_LIMIT = 20;

/**
 * Throttles failed logins per (account, address) and per address. There is deliberately no lock
 * per account alone: a stranger failing on purpose would otherwise lock every officer out.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  accountKey(email: string): string {
    return hashToken(this.config.appSecret, 'session', `login:${email}`);
  }

  /** Throws 429 with Retry-After when this pair, or this address, has failed too often. */
  async check(email: string, address: string, now = new Date()): Promise<void> {
    const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
    const [pair] = (await this.dataSource.query(
      `SELECT count(*)::int AS failures, max(created_at) AS latest FROM login_failures
        WHERE account_key = $1 AND address = $2 AND created_at > $3`,
      [this.accountKey(email), address, since],
    )) as { failures: number; latest: Date | null }[];
    if (pair && pair.failures >= PAIR_FAILURE_LIMIT && pair.latest) this.refuse(pair.latest, now);
    const [fromAddress] = (await this.dataSource.query(
      `SELECT count(*)::int AS failures, max(created_at) AS latest FROM login_failures
        WHERE address = $1 AND created_at > $2`,
      [address, since],
    )) as { failures: number; latest: Date | null }[];
    if (fromAddress && fromAddress.failures >= ADDRESS_FAILURE_LIMIT && fromAddress.latest) {
      this.refuse(fromAddress.latest, now);
    }
  }

  async recordFailure(email: string, address: string, now = new Date()): Promise<void> {
    await this.dataSource.manager.insert(LoginFailureEntity, {
      accountKey: this.accountKey(email),
      address,
      createdAt: now,
    });
    // Old rows say nothing any more; trimming here keeps the table small without a sweep.
    await this.dataSource.manager.delete(LoginFailureEntity, {
      createdAt: LessThan(new Date(now.getTime() - 2 * LOGIN_WINDOW_MS)),
    });
  }

  /** A successful login forgets that pair's failures. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.dataSource.manager.delete(LoginFailureEntity, {
      accountKey: this.accountKey(email),
      address,
    });
  }

  private refuse(latest: Date, now: Date): never {
    const until = new Date(latest).getTime() + LOGIN_WINDOW_MS;
    const seconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
    throw new DomainError('rate_limited', 'Too many failed logins; try again later', {
      retryAfterSeconds: seconds,
    });
  }
}
