import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { pinnedPack, regimeName } from '@dsar/domain';
import { type OutboundMailEntity, SYSTEM_ACTOR } from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import type { SubjectMailInput } from '../mails/subject-mail.registry.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';

/**
 * Requests never verified expire once no live verification link is left; the subject is told,
 * in the words of the request's regime, that nothing was done.
 */
@Injectable()
export class ExpiryService {
  private readonly logger = new Logger(ExpiryService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly mailer: SubjectMailer,
    private readonly settings: SettingsService,
  ) {}

  async expireUnverified(now = new Date(), batchSize = 500): Promise<number> {
    const rows = (await this.dataSource.query(
      `SELECT r.id FROM requests r
        WHERE r.status = 'pending_verification'
          AND NOT EXISTS (
            SELECT 1 FROM request_tokens t
             WHERE t.request_id = r.id AND t.purpose = 'verification'
               AND t.used_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $1))
        ORDER BY r.received_at
        LIMIT $2`,
      [now, batchSize],
    )) as { id: string }[];
    let expired = 0;
    for (const { id } of rows) {
      // Each in its own transaction: a request verified meanwhile is simply skipped.
      const mail = await this.dataSource.transaction(
        async (manager): Promise<OutboundMailEntity | null> => {
          const request = await this.lifecycle.lock(manager, id);
          if (request.status !== 'pending_verification') return null;
          const { request: lapsed } = await this.lifecycle.apply(
            manager,
            id,
            'expire',
            SYSTEM_ACTOR,
            { reason: 'verification link expired', now },
          );
          expired += 1;
          const pack = pinnedPack(lapsed, this.config.controllerTimezone);
          const settings = await this.settings.get(manager);
          const input: SubjectMailInput<'lapsed'> = {
            request: lapsed,
            timeZone: this.config.controllerTimezone,
            controllerName: settings.controllerName,
            controllerContact: settings.controllerContact,
            regime: regimeName(pack, lapsed.language),
            verificationCitation: pack.verification.citation,
            authority: pack.authority,
          };
          return this.mailer.record(manager, 'lapsed', input, id);
        },
      );
      await this.mailer.dispatch(mail);
    }
    if (expired) this.logger.log({ expired }, 'expired unverified requests');
    return expired;
  }
}
