import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError, type ConnectorCounts, type RetainedItem } from '@dsar/domain';
import { RequestEntity, StoreTaskEntity, SUBJECT_ACTOR, SYSTEM_ACTOR } from '@dsar/persistence';
import { MailOutbox } from '@dsar/mail';
import { JobRowMissingError } from '@dsar/queue';
import { RequestLifecycle, RequestTokens } from '@dsar/requests';
import { isWellFormedToken } from '@dsar/security';
import { SettingsService } from '@dsar/settings';
import {
  AccessPackages,
  FILE_VAULT,
  FileVault,
  PackageBuilder,
  type InventoryFacts,
  type StoredTaskResult,
  type SystemFacts,
} from '@dsar/packages';
import { FANOUT_SYSTEMS, type FanoutSystemSource } from '../ports.js';
import { FanoutQueue } from '../running/fanout-queue.js';
import { systemFacts } from '../system-facts.js';
import {
  accessCompletedMail,
  erasureCompletedMail,
  rectificationCompletedMail,
} from '@dsar/requests';
import { auditOutcome, summariseOutcome, type RequestOutcome } from '@dsar/domain';
import { progressOf } from './request-progress.js';

type AfterCommit = () => Promise<void>;

function outcomeOf(tasks: StoreTaskEntity[]): RequestOutcome {
  return summariseOutcome(
    tasks.map((task) => {
      const result = task.result as StoredTaskResult | null;
      return {
        systemName: task.systemName,
        state: task.state,
        outcome: result?.outcome ?? null,
        counts: (result?.counts ?? null) as Partial<ConnectorCounts> | null,
        retained: (result?.retained ?? []) as RetainedItem[],
        note: task.note,
      };
    }),
  );
}

/**
 * Closes a request whose tasks are all final: erasure and rectification at once; access once its
 * package is built (a job, since building takes a while). The subject's mail goes through the
 * outbox in the same transaction; the outcome is in the `complete` audit event.
 */
@Injectable()
export class RequestCompletion {
  private readonly logger = new Logger(RequestCompletion.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly tokens: RequestTokens,
    private readonly outbox: MailOutbox,
    private readonly settings: SettingsService,
    private readonly packages: AccessPackages,
    private readonly builder: PackageBuilder,
    private readonly queue: FanoutQueue,
    @Inject(FILE_VAULT) private readonly vault: FileVault,
    @Inject(FANOUT_SYSTEMS) private readonly systems: FanoutSystemSource,
  ) {}

  async finish(
    manager: EntityManager,
    request: RequestEntity,
    tasks: StoreTaskEntity[],
  ): Promise<AfterCommit> {
    if (request.type === 'access') {
      const job = await this.queue.recordPackage(manager, request.id);
      return () => this.queue.relay(job);
    }
    const outcome = outcomeOf(tasks);
    const deletedFiles =
      request.type === 'erasure'
        ? await this.packages.deleteForSubject(manager, request.email)
        : [];
    await this.lifecycle.apply(manager, request.id, 'complete', SYSTEM_ACTOR, {
      patch: { outcome: outcome as unknown as Record<string, unknown>, completedAt: new Date() },
      data: auditOutcome(outcome),
    });
    const mailInput = await this.mailInput(manager, request, outcome);
    const message =
      request.type === 'erasure'
        ? erasureCompletedMail(mailInput)
        : rectificationCompletedMail(mailInput);
    const mail = await this.outbox.record(
      manager,
      `completion_${request.type}`,
      message,
      request.id,
    );
    return async () => {
      await this.outbox.dispatch(mail);
      await this.packages.removeFiles(deletedFiles);
    };
  }

  /** The package job: build (idempotent), then complete with the download link. */
  async completeAccess(requestId: string): Promise<'completed' | 'not_ready'> {
    if (!(await this.readyToComplete(this.dataSource.manager, requestId))) return 'not_ready';
    const pkg = await this.builder.build(requestId, await this.inventoryFacts(requestId));
    const mail = await this.dataSource.transaction(async (manager) => {
      const request = await this.lifecycle.lock(manager, requestId);
      if (!(await this.readyToComplete(manager, requestId))) return null;
      const tasks = await manager.find(StoreTaskEntity, { where: { requestId } });
      const outcome = outcomeOf(tasks);
      await this.lifecycle.apply(manager, requestId, 'complete', SYSTEM_ACTOR, {
        patch: {
          outcome: { ...outcome, packageId: pkg.id, rows: pkg.rowCount } as unknown as Record<
            string,
            unknown
          >,
          completedAt: new Date(),
        },
        data: { ...auditOutcome(outcome), packageId: pkg.id, rows: pkg.rowCount },
      });
      const link = await this.packages.issueDownloadLink(manager, requestId);
      const message = accessCompletedMail({
        ...(await this.mailInput(manager, request, outcome)),
        downloadUrl: link.url,
        expiresAt: link.expiresAt,
      });
      return this.outbox.record(manager, 'completion_access', message, requestId);
    });
    if (!mail) return 'not_ready';
    await this.outbox.dispatch(mail);
    // The package holds the rows now; the per-task spool files go.
    await this.vault.remove(`spool/${requestId}`);
    this.logger.log({ requestId, packageId: pkg.id }, 'access request completed');
    return 'completed';
  }

  /**
   * A fresh download link by mail (the subject asks from the status page once the first expired).
   * Refused (410) when the package is gone: after its retention period or an erasure.
   */
  async resendDownloadLink(requestId: string): Promise<void> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const request = await this.lifecycle.lock(manager, requestId);
      const { mailsPerRecipientPerDay } = await this.settings.get(manager);
      const since = new Date(Date.now() - 24 * 3600_000);
      if (
        (await this.outbox.countSentTo(manager, request.email, since)) >= mailsPerRecipientPerDay
      ) {
        throw new DomainError(
          'rate_limited',
          'Too many mails to this address today; try again tomorrow',
          {
            retryAfterSeconds: 3600,
          },
        );
      }
      if (request.type !== 'access' || request.status !== 'completed') {
        throw new DomainError('conflict', 'Only a completed access request has a download link');
      }
      if (!(await this.packages.hasLivePackage(manager, requestId))) {
        throw new DomainError(
          'gone',
          'The data package has been deleted; make a new access request to get a new one',
        );
      }
      const link = await this.packages.issueDownloadLink(manager, requestId);
      const outcome = (request.outcome ?? summariseOutcome([])) as unknown as RequestOutcome;
      const message = accessCompletedMail({
        ...(await this.mailInput(manager, request, outcome)),
        downloadUrl: link.url,
        expiresAt: link.expiresAt,
      });
      await this.lifecycle.record(manager, requestId, 'download_link_sent', SUBJECT_ACTOR);
      return this.outbox.record(manager, 'download_link', message, requestId);
    });
    await this.outbox.dispatch(mail);
  }

  /** The same, asked with the subject's status link (the status page's button). */
  async resendDownloadLinkFor(statusToken: string): Promise<void> {
    if (!isWellFormedToken(statusToken)) {
      throw new DomainError('invalid_input', 'The token is malformed', {
        errors: [{ field: 'token', message: 'is not a token we issue' }],
      });
    }
    const found = await this.tokens.lookup(this.dataSource.manager, 'status', statusToken);
    if (found.state === 'unknown')
      throw new DomainError('not_found', 'This status link is not known');
    if (found.state !== 'valid')
      throw new DomainError('gone', 'This status link is no longer valid');
    await this.resendDownloadLink(found.token.requestId);
  }

  /** The Art. 15(1) facts of the request's systems, from the inventory. */
  private async inventoryFacts(requestId: string): Promise<InventoryFacts> {
    const manager = this.dataSource.manager;
    const tasks = await manager.find(StoreTaskEntity, { where: { requestId } });
    const facts = new Map<string, SystemFacts>();
    for (const systemId of new Set(tasks.map((task) => task.systemId))) {
      const system = await this.systems.get(manager, systemId);
      if (system) facts.set(systemId, systemFacts(system));
    }
    return facts;
  }

  private async readyToComplete(manager: EntityManager, requestId: string): Promise<boolean> {
    const request = await manager.findOneBy(RequestEntity, { id: requestId });
    if (!request) throw new JobRowMissingError('request', requestId);
    if (request?.status !== 'in_progress' && request?.status !== 'action_required') return false;
    const tasks = await manager.find(StoreTaskEntity, { where: { requestId } });
    return (
      progressOf(
        tasks.map((t) => ({
          id: t.id,
          stage: t.stage,
          state: t.state,
          enqueued: t.enqueuedAt !== null,
        })),
      ).kind === 'done'
    );
  }

  private async mailInput(manager: EntityManager, request: RequestEntity, outcome: RequestOutcome) {
    const settings = await this.settings.get(manager);
    return {
      request,
      outcome,
      timeZone: this.config.controllerTimezone,
      controllerName: settings.controllerName,
      controllerContact: settings.controllerContact,
    };
  }
}
