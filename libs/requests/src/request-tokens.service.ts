import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { RequestEntity, RequestTokenEntity } from '@dsar/persistence';
import { linkTokenRefusal, type SubjectLink } from '@dsar/domain';
import { hashToken, isWellFormedToken, randomToken, type TokenPurpose } from '@dsar/security';
import { SettingsService } from '@dsar/settings';
import { statusLinkExpired } from './status-link-expiry.js';

export type TokenLookup =
  | { state: 'valid'; token: RequestTokenEntity }
  | { state: 'used' | 'expired'; token: RequestTokenEntity }
  | { state: 'unknown' };

/** A token to issue: its purpose, when it expires (never: null), and whether it supersedes. */
export interface TokenWanted {
  purpose: TokenPurpose;
  expiresAt: Date | null;
  supersede: boolean;
}

/** Issues and checks the subject's link tokens; only keyed hashes are stored. */
@Injectable()
export class RequestTokens {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: SettingsService,
  ) {}

  /** A fresh token; by default earlier unspent ones of the same purpose are spent (a fresh link supersedes). */
  async issue(
    manager: EntityManager,
    requestId: string,
    purpose: TokenPurpose,
    expiresAt: Date | null,
    options: { supersede?: boolean } = {},
  ): Promise<string> {
    const [token] = await this.issueMany(manager, requestId, [
      { purpose, expiresAt, supersede: options.supersede ?? true },
    ]);
    return token!;
  }

  /**
   * Several fresh tokens of one request, in the order asked, written in one insert (a mail that
   * carries two links costs one round trip for both); `supersede` spends that purpose's earlier
   * unspent tokens first.
   */
  async issueMany(
    manager: EntityManager,
    requestId: string,
    wanted: readonly TokenWanted[],
  ): Promise<string[]> {
    for (const { purpose } of wanted.filter((one) => one.supersede)) {
      await manager.update(
        RequestTokenEntity,
        { requestId, purpose, usedAt: IsNull() },
        { usedAt: new Date() },
      );
    }
    const tokens = wanted.map(() => randomToken());
    await manager.insert(
      RequestTokenEntity,
      wanted.map(({ purpose, expiresAt }, index) => ({
        requestId,
        purpose,
        tokenHash: hashToken(this.config.appSecret, purpose, tokens[index]!),
        expiresAt,
      })),
    );
    return tokens;
  }

  async lookup(
    manager: EntityManager,
    purpose: TokenPurpose,
    token: string,
    now = new Date(),
  ): Promise<TokenLookup> {
    const found = await manager.findOne(RequestTokenEntity, {
      where: { purpose, tokenHash: hashToken(this.config.appSecret, purpose, token) },
      lock: manager.queryRunner?.isTransactionActive ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!found) return { state: 'unknown' };
    if (found.usedAt) return { state: 'used', token: found };
    if (found.expiresAt && found.expiresAt <= now) return { state: 'expired', token: found };
    if (found.purpose === 'status' && (await this.statusLinkEnded(manager, found, now))) {
      return { state: 'expired', token: found };
    }
    return { state: 'valid', token: found };
  }

  /**
   * The token of a subject's link, or the one verdict every token endpoint answers with
   * (`linkTokenRefusal`): malformed 400, unknown 404, used or expired 410.
   */
  async requireValid(
    manager: EntityManager,
    link: SubjectLink,
    token: unknown,
    now = new Date(),
  ): Promise<RequestTokenEntity> {
    const found = isWellFormedToken(token)
      ? await this.lookup(manager, link, token, now)
      : ({ state: 'malformed' } as const);
    if (found.state === 'valid') return found.token;
    throw linkTokenRefusal(link, found.state);
  }

  /** A status link ends a set time after its request closes (`statusLinkDaysAfterClose`). */
  private async statusLinkEnded(
    manager: EntityManager,
    token: RequestTokenEntity,
    now: Date,
  ): Promise<boolean> {
    const request = await manager.findOne(RequestEntity, {
      where: { id: token.requestId },
      select: { id: true, closedAt: true },
    });
    if (!request?.closedAt) return false;
    const { statusLinkDaysAfterClose } = await this.settings.get(manager);
    return statusLinkExpired(request.closedAt, statusLinkDaysAfterClose, now);
  }

  async spend(manager: EntityManager, tokenId: string): Promise<void> {
    await manager.update(RequestTokenEntity, tokenId, { usedAt: new Date() });
  }
}
