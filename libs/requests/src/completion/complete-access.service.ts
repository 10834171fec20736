import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { auditOutcome, REQUEST_TYPE_RULES } from '@dsar/domain';
import { StoreTaskEntity, SYSTEM_ACTOR, type RequestEntity } from '@dsar/persistence';
import { FileVault, PackageBuilder } from '@dsar/packages';
import { JobOutbox } from '@dsar/queue';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';
import { AnswerContext, outcomeOf } from './answer-context.js';
import { DownloadLinks } from './download-links.service.js';
import { buildPackageJob } from './package-job.js';
import type { AfterCommit, TypeCompletion } from './type-completion.js';

/** The types answered with a package, and the mail that carries its link. */
const PACKAGE_MAILS = {
  access: REQUEST_TYPE_RULES.access.completionMail,
  portability: REQUEST_TYPE_RULES.portability.completionMail,
} as const;

function packageMail(type: string): (typeof PACKAGE_MAILS)[keyof typeof PACKAGE_MAILS] {
  if (!Object.hasOwn(PACKAGE_MAILS, type))
    throw new Error(`${type} is not answered with a package`);
  return PACKAGE_MAILS[type as keyof typeof PACKAGE_MAILS];
}

/** Access (and portability): once the tasks are final the package is built (a job), then the link goes out. */
@Injectable()
export class AccessCompletion implements TypeCompletion {
  private readonly logger = new Logger(AccessCompletion.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly mailer: SubjectMailer,
    private readonly jobs: JobOutbox,
    private readonly builder: PackageBuilder,
    private readonly links: DownloadLinks,
    private readonly context: AnswerContext,
    private readonly vault: FileVault,
  ) {}

  /** In the finaliser's transaction: the package job, relayed after commit. */
  async finish(manager: EntityManager, request: RequestEntity): Promise<AfterCommit> {
    const job = await this.jobs.record(manager, buildPackageJob(request.id));
    return () => this.jobs.relay(job);
  }

  /** The package job: build (idempotent), then complete with the download link. */
  async completeAccess(requestId: string): Promise<'completed' | 'not_ready'> {
    const manager = this.dataSource.manager;
    if (!(await this.context.readyToComplete(manager, requestId))) return 'not_ready';
    const pkg = await this.builder.build(
      requestId,
      await this.context.inventoryFacts(manager, requestId),
    );
    const mail = await this.dataSource.transaction(async (manager) => {
      const request = await this.lifecycle.lock(manager, requestId);
      if (!(await this.context.readyToComplete(manager, requestId))) return null;
      const tasks = await manager.find(StoreTaskEntity, { where: { requestId } });
      const outcome = outcomeOf(tasks);
      await this.lifecycle.applyToLocked(manager, request, 'complete', SYSTEM_ACTOR, {
        patch: {
          outcome: { ...outcome, packageId: pkg.id, rows: pkg.rowCount } as unknown as Record<
            string,
            unknown
          >,
          completedAt: new Date(),
        },
        data: { ...auditOutcome(outcome), packageId: pkg.id, rows: pkg.rowCount },
      });
      const link = await this.links.issue(manager, requestId);
      const input = {
        ...(await this.context.mailInput(manager, request, outcome)),
        downloadUrl: link.url,
        expiresAt: link.expiresAt,
      };
      return this.mailer.record(manager, packageMail(request.type), input, requestId);
    });
    if (!mail) return 'not_ready';
    await this.mailer.dispatch(mail);
    // The package holds the rows now; the per-task spool files go.
    await this.vault.remove(`spool/${requestId}`);
    this.logger.log({ requestId, packageId: pkg.id }, 'access request completed');
    return 'completed';
  }
}
