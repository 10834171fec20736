import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { checkRestrictionLift, DomainError, type IdentityType } from '@dsar/domain';
import {
  type Actor,
  OutboundMailEntity,
  RequestEntity,
  StoreTaskEntity,
  SYSTEM_ACTOR,
} from '@dsar/persistence';
import { JOB, JobRowMissingError, JobOutbox, QUEUE, jobId, type OutboxJob } from '@dsar/queue';
import { RequestLifecycle, SubjectMailer } from '@dsar/requests';
import { SettingsService } from '@dsar/settings';
import { ConnectorRegistry, SystemRecords } from '@dsar/systems';
import { searchKeys } from '../planning/stage-plan.js';

/** The job that lifts a request's restriction once the subject's mail is out; one per request. */
export function liftRestrictionJob(requestId: string): OutboxJob {
  return {
    kind: 'job',
    queue: QUEUE.fanout,
    name: JOB.liftRestriction,
    data: { requestId },
    // Retried until the subject's mail has gone (the mail queue retries on its own schedule).
    opts: {
      jobId: jobId('lift-restriction', requestId),
      attempts: 12,
      backoff: { type: 'exponential', delay: 1000 },
    },
  };
}

export interface RestrictedSystem {
  taskId: string;
  systemId: string;
  systemName: string;
  liftedAt: Date | null;
}

const DISCARD = { write: async () => undefined };

/**
 * GDPR Art. 18(3): the subject is told before a restriction is lifted. The request records the
 * mail and a job in one transaction; the job lifts nothing until that mail has been sent, then
 * clears each system's restriction (the connector's `liftRestriction`: an SQL map's mark, a
 * webhook's `dsar.restriction.lifted`, a processor's mail) and records when.
 */
@Injectable()
export class RestrictionLifting {
  private readonly logger = new Logger(RestrictionLifting.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly mailer: SubjectMailer,
    private readonly settings: SettingsService,
    private readonly jobs: JobOutbox,
    private readonly systems: SystemRecords,
    private readonly connectors: ConnectorRegistry,
  ) {}

  /** The systems that carried out the restriction, and whether it is lifted. */
  async restricted(requestId: string): Promise<RestrictedSystem[]> {
    const request = await this.dataSource.manager.findOneBy(RequestEntity, { id: requestId });
    if (!request || request.type !== 'restriction') return [];
    const tasks = await this.dataSource.manager.find(StoreTaskEntity, {
      where: { requestId, state: 'succeeded' },
      order: { systemName: 'ASC' },
    });
    return tasks.map((task) => ({
      taskId: task.id,
      systemId: task.systemId,
      systemName: task.systemName,
      liftedAt: request.restrictionLiftedAt,
    }));
  }

  /** Staff lift it: the subject's mail and the lifting job, in one transaction. */
  async request(requestId: string, actor: Actor): Promise<RequestEntity> {
    const { request, mail, job } = await this.dataSource.transaction(async (manager) => {
      const request = await this.lifecycle.lock(manager, requestId);
      checkRestrictionLift(request);
      const systems = await this.restricted(requestId);
      const settings = await this.settings.get(manager);
      const mail = await this.mailer.record(
        manager,
        'restriction_lifting',
        {
          request,
          systems: systems.map((system) => system.systemName),
          controllerName: settings.controllerName,
          controllerContact: settings.controllerContact,
        },
        requestId,
      );
      // Art. 18(3): the subject is told before the lifting; without an address nobody can be.
      if (!mail)
        throw new DomainError('conflict', 'this request has no e-mail to tell the subject');
      await manager.update(RequestEntity, requestId, { restrictionLiftMailId: mail.id });
      request.restrictionLiftMailId = mail.id;
      await this.lifecycle.record(manager, requestId, 'restriction_lift_requested', actor, {
        data: { mailId: mail.id, systems: systems.map((system) => system.systemId) },
      });
      const job = await this.jobs.record(manager, liftRestrictionJob(requestId));
      return { request, mail, job };
    });
    await this.mailer.dispatch(mail);
    await this.jobs.relay(job);
    return request;
  }

  /** The job: waits for the subject's mail, then lifts in every system (idempotent). */
  async lift(requestId: string): Promise<'lifted' | 'already_lifted'> {
    const manager = this.dataSource.manager;
    const request = await manager.findOneBy(RequestEntity, { id: requestId });
    if (!request) throw new JobRowMissingError('request', requestId);
    if (request.restrictionLiftedAt) return 'already_lifted';
    if (!request.restrictionLiftMailId) throw new Error(`request ${requestId} has no lifting mail`);
    const mail = await manager.findOneByOrFail(OutboundMailEntity, {
      id: request.restrictionLiftMailId,
    });
    // Art. 18(3): told first. A mail not yet sent is retried by the mail queue; so is this job.
    if (mail.status !== 'sent') {
      throw new Error(`request ${requestId}: the subject's mail is ${mail.status}, not yet sent`);
    }
    const tasks = await manager.find(StoreTaskEntity, {
      where: { requestId, state: In(['succeeded']) },
    });
    for (const task of tasks) {
      const system = await this.systems.get(manager, task.systemId);
      const connector = system ? this.connectors.connectorFor(system.kind) : undefined;
      if (!system || !connector?.liftRestriction) {
        await this.audit(requestId, 'restriction_lift_by_hand', {
          reason: `${task.systemName} cannot lift it itself; its owner must be told`,
          data: { taskId: task.id, systemId: task.systemId },
        });
        continue;
      }
      await connector.liftRestriction({
        requestId,
        taskId: task.id,
        action: 'restriction',
        identities: searchKeys(system.identityTypes as IdentityType[], request.identities),
        corrections: [],
        dueAt: request.dueAt,
        attempt: 1,
        system,
        sink: DISCARD,
      });
      await this.audit(requestId, 'restriction_lifted_in_system', {
        data: { taskId: task.id, systemId: task.systemId },
      });
    }
    await this.dataSource.transaction(async (tx) => {
      const now = new Date();
      await tx.update(RequestEntity, requestId, { restrictionLiftedAt: now, updatedAt: now });
      await this.lifecycle.record(tx, requestId, 'restriction_lifted', SYSTEM_ACTOR, {
        data: { systems: tasks.map((task) => task.systemId) },
      });
    });
    this.logger.log({ requestId, systems: tasks.length }, 'restriction lifted');
    return 'lifted';
  }

  private audit(requestId: string, action: string, options: { reason?: string; data: object }) {
    return this.dataSource.transaction((tx) =>
      this.lifecycle.record(tx, requestId, action, SYSTEM_ACTOR, {
        ...options,
        data: { ...options.data },
      }),
    );
  }
}
