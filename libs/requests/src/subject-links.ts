import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import type { RequestEntity } from '@dsar/persistence';
import { SettingsService, type Settings } from '@dsar/settings';
import { RequestTokens, type TokenWanted } from './request-tokens.service.js';
import type { LinkMailInput } from './mails/subject-mails.js';

/** Issues the subject's link tokens for the mails that carry them. */
@Injectable()
export class SubjectLinks {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: RequestTokens,
    private readonly settings: SettingsService,
  ) {}

  /**
   * Fresh verification (while unverified) and status links for a mail. Earlier verification links
   * are superseded; earlier status links keep working. `created`: the request was made in this
   * transaction, so it has no links to supersede; `settings`: read already in this transaction.
   */
  async linkInput(
    manager: EntityManager,
    request: RequestEntity,
    now = new Date(),
    known: { created?: boolean; settings?: Settings } = {},
  ): Promise<LinkMailInput> {
    const settings = known.settings ?? (await this.settings.get(manager));
    const verifying = request.status === 'pending_verification';
    const verificationExpiresAt = verifying
      ? new Date(now.getTime() + settings.verificationExpiryHours * 3600_000)
      : null;
    const status: TokenWanted = { purpose: 'status', expiresAt: null, supersede: false };
    const wanted: TokenWanted[] = verifying
      ? [
          { purpose: 'verification', expiresAt: verificationExpiresAt, supersede: !known.created },
          status,
        ]
      : [status];
    const tokens = await this.tokens.issueMany(manager, request.id, wanted);
    const [verifyToken, statusToken] = verifying ? tokens : [null, tokens[0]];
    const verifyUrl = verifyToken ? `${this.config.publicUrl}/verify?token=${verifyToken}` : null;
    return {
      request,
      timeZone: this.config.controllerTimezone,
      verifyUrl,
      verificationExpiresAt,
      statusUrl: this.statusUrl(statusToken!),
      controllerName: settings.controllerName,
      controllerContact: settings.controllerContact,
    };
  }

  statusUrl(statusToken: string): string {
    return `${this.config.publicUrl}/status?token=${statusToken}`;
  }
}
