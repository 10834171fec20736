import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import type { RequestEntity } from '@dsar/persistence';
import { SettingsService, type Settings } from '@dsar/settings';
import { RequestTokens } from './request-tokens.service.js';
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
    let verifyUrl: string | null = null;
    let verificationExpiresAt: Date | null = null;
    if (request.status === 'pending_verification') {
      verificationExpiresAt = new Date(now.getTime() + settings.verificationExpiryHours * 3600_000);
      const token = await this.tokens.issue(
        manager,
        request.id,
        'verification',
        verificationExpiresAt,
        { supersede: !known.created },
      );
      verifyUrl = `${this.config.publicUrl}/verify?token=${token}`;
    }
    const statusToken = await this.tokens.issue(manager, request.id, 'status', null, {
      supersede: false,
    });
    return {
      request,
      timeZone: this.config.controllerTimezone,
      verifyUrl,
      verificationExpiresAt,
      statusUrl: this.statusUrl(statusToken),
      controllerName: settings.controllerName,
      controllerContact: settings.controllerContact,
    };
  }

  statusUrl(statusToken: string): string {
    return `${this.config.publicUrl}/status?token=${statusToken}`;
  }
}
