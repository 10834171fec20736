import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import {
  DomainError,
  REQUEST_TYPE_RULES,
  summariseOutcome,
  type RequestOutcome,
} from '@dsar/domain';
import { RequestEntity, SUBJECT_ACTOR } from '@dsar/persistence';
import { AccessPackages, type PackageDownload } from '@dsar/packages';
import { SettingsService } from '@dsar/settings';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { RequestTokens } from '../request-tokens.service.js';
import { RecipientMailLimit } from '../recipient-mail-limit.service.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';
import { AnswerContext } from './answer-context.js';

/** The access answer's download links: issued, mailed again on request, and opened. */
@Injectable()
export class DownloadLinks {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly tokens: RequestTokens,
    private readonly settings: SettingsService,
    private readonly mailLimit: RecipientMailLimit,
    private readonly mailer: SubjectMailer,
    private readonly packages: AccessPackages,
    private readonly context: AnswerContext,
  ) {}

  /** A fresh expiring download link (earlier ones stop working); in the caller's transaction. */
  async issue(
    manager: EntityManager,
    requestId: string,
    now = new Date(),
  ): Promise<{ url: string; expiresAt: Date }> {
    const { downloadLinkHours } = await this.settings.get(manager);
    const expiresAt = new Date(now.getTime() + downloadLinkHours * 3600_000);
    const token = await this.tokens.issue(manager, requestId, 'download', expiresAt);
    return { url: `${this.config.publicUrl}/download?token=${token}`, expiresAt };
  }

  /** The subject's download: malformed 400, unknown 404, expired or deleted 410. */
  async open(token: string, now = new Date()): Promise<PackageDownload> {
    const found = await this.tokens.requireValid(this.dataSource.manager, 'download', token, now);
    return this.packages.openForSubject(found.requestId);
  }

  /**
   * When the subject's link stops working and when the file itself is deleted (retention), for the
   * download page: the same verdicts as the download (malformed 400, unknown 404, expired 410).
   */
  async describe(
    token: string,
    now = new Date(),
  ): Promise<{ reference: string; linkExpiresAt: Date | null; packageDeletedAt: Date }> {
    const manager = this.dataSource.manager;
    const found = await this.tokens.requireValid(manager, 'download', token, now);
    const request = await manager.findOneByOrFail(RequestEntity, { id: found.requestId });
    const packageDeletedAt = await this.packages.deletionDate(found.requestId);
    return { reference: request.reference, linkExpiresAt: found.expiresAt, packageDeletedAt };
  }

  /**
   * A fresh download link by mail (the subject asks from the status page once the first expired).
   * Refused (410) when the package is gone: after its retention period or an erasure.
   */
  async resend(requestId: string): Promise<void> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const request = await this.lifecycle.lock(manager, requestId);
      await this.mailLimit.enforce(manager, request.email);
      if (!REQUEST_TYPE_RULES[request.type].returnsData || request.status !== 'completed') {
        throw new DomainError('conflict', 'Only a completed access request has a download link');
      }
      if (!(await this.packages.hasLivePackage(manager, requestId))) {
        throw new DomainError(
          'gone',
          'The data package has been deleted; make a new access request to get a new one',
        );
      }
      const link = await this.issue(manager, requestId);
      const outcome = (request.outcome ?? summariseOutcome([])) as unknown as RequestOutcome;
      const input = {
        ...(await this.context.mailInput(manager, request, outcome)),
        downloadUrl: link.url,
        expiresAt: link.expiresAt,
      };
      await this.lifecycle.record(manager, requestId, 'download_link_sent', SUBJECT_ACTOR);
      return this.mailer.record(manager, 'download_link', input, requestId);
    });
    await this.mailer.dispatch(mail);
  }

  /** The same, asked with the subject's status link (the status page's button). */
  async resendFor(statusToken: string): Promise<void> {
    const found = await this.tokens.requireValid(this.dataSource.manager, 'status', statusToken);
    await this.resend(found.requestId);
  }
}
