import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { checkRestrictionLift, DomainError, type IdentityType } from '@dsar/domain';
import {
  type Actor,
  OutboundMailEntity,
  RequestEntity,
  RestrictionLiftEntity,
  type RestrictionLiftOutcome,
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
  /** When it stopped applying in this system; null while in force or still to lift by hand. */
  liftedAt: Date | null;
  /** How it was lifted there, once the lifting ran; null before. */
  lift: { outcome: RestrictionLiftOutcome; note: string } | null;
}

/** What a manual system's owner is asked once the subject has been told. */
const liftByHand = (system: string, assignee: unknown) =>
  `${typeof assignee === 'string' && assignee ? assignee : 'the privacy team'}: lift the restriction in ${system} (the subject has been told, GDPR Art. 18(3)), then record it here`;

const DISCARD = { write: async () => undefined };

/**
 * GDPR Art. 18(3): the subject is told before a restriction is lifted. The request records the
 * mail and a job in one transaction; the job lifts nothing until that mail has been sent, then
 * clears each system's restriction (the connector's `liftRestriction`: an SQL map's mark, a
 * webhook's `dsar.restriction.lifted`, a processor's mail) and records how, per system, in
 * `restriction_lifts`. A system without a connector that lifts (manual) gets a lift to do by
 * hand, open until staff record it; a system whose task was skipped restricted nothing.
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

  /** The systems that carried out the restriction, and how and when it was lifted in each. */
  async restricted(requestId: string): Promise<RestrictedSystem[]> {
    const request = await this.dataSource.manager.findOneBy(RequestEntity, { id: requestId });
    if (!request || request.type !== 'restriction') return [];
    const tasks = await this.dataSource.manager.find(StoreTaskEntity, {
      // A lookup-only task restricted nothing: there is nothing to lift.
      where: { requestId, state: 'succeeded', lookupOnly: false },
      order: { systemName: 'ASC' },
    });
    const lifts = new Map(
      (await this.dataSource.manager.findBy(RestrictionLiftEntity, { requestId })).map((lift) => [
        lift.taskId,
        lift,
      ]),
    );
    return tasks.map((task) => {
      const lift = lifts.get(task.id);
      return {
        taskId: task.id,
        systemId: task.systemId,
        systemName: task.systemName,
        liftedAt: lift?.liftedAt ?? null,
        lift: lift ? { outcome: lift.outcome, note: lift.note } : null,
      };
    });
  }

  /** Staff record that a system's owner lifted the restriction by hand (a manual system). */
  async liftedByHand(requestId: string, taskId: string, actor: Actor): Promise<RestrictedSystem> {
    await this.dataSource.transaction(async (manager) => {
      await this.lifecycle.lock(manager, requestId);
      const lift = await manager.findOneBy(RestrictionLiftEntity, { requestId, taskId });
      if (!lift || lift.outcome !== 'by_hand' || lift.liftedAt) {
        throw new DomainError('conflict', 'No lifting by hand waits in that system', {
          reasonCode: 'nothing_to_lift',
        });
      }
      await manager.update(RestrictionLiftEntity, lift.id, {
        liftedAt: new Date(),
        liftedBy: actor.id,
      });
      await this.lifecycle.record(manager, requestId, 'restriction_lifted_by_hand', actor, {
        data: { taskId, systemId: lift.systemId },
      });
    });
    const systems = await this.restricted(requestId);
    return systems.find((system) => system.taskId === taskId)!;
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
    // Every restriction task: the restricted ones are lifted, the skipped ones restricted nothing.
    const tasks = await manager.find(StoreTaskEntity, {
      where: { requestId, state: In(['succeeded', 'skipped']), lookupOnly: false },
    });
    const done = new Set(
      (await manager.findBy(RestrictionLiftEntity, { requestId })).map((lift) => lift.taskId),
    );
    const outcomes: Record<RestrictionLiftOutcome, string[]> = {
      lifted: [],
      by_hand: [],
      nothing_to_lift: [],
    };
    for (const task of tasks.filter((candidate) => !done.has(candidate.id))) {
      const { outcome, note } = await this.liftIn(request, task);
      outcomes[outcome].push(task.systemId);
      await this.dataSource.transaction(async (tx) => {
        const now = new Date();
        await tx
          .createQueryBuilder()
          .insert()
          .into(RestrictionLiftEntity)
          .values({
            requestId,
            taskId: task.id,
            systemId: task.systemId,
            systemName: task.systemName,
            outcome,
            note,
            liftedAt: outcome === 'by_hand' ? null : now,
          })
          .orIgnore()
          .execute();
        await this.lifecycle.record(tx, requestId, LIFT_EVENT[outcome], SYSTEM_ACTOR, {
          reason: outcome === 'lifted' ? null : note,
          data: { taskId: task.id, systemId: task.systemId },
        });
      });
    }
    await this.dataSource.transaction(async (tx) => {
      const now = new Date();
      await tx.update(RequestEntity, requestId, { restrictionLiftedAt: now, updatedAt: now });
      await this.lifecycle.record(tx, requestId, 'restriction_lifted', SYSTEM_ACTOR, {
        data: {
          systems: outcomes.lifted,
          byHand: outcomes.by_hand,
          nothingToLift: outcomes.nothing_to_lift,
        },
      });
    });
    this.logger.log({ requestId, systems: tasks.length }, 'restriction lifted');
    return 'lifted';
  }

  /** One system: its connector lifts it, its owner does by hand, or nothing was restricted. */
  private async liftIn(
    request: RequestEntity,
    task: StoreTaskEntity,
  ): Promise<{ outcome: RestrictionLiftOutcome; note: string }> {
    if (task.state === 'skipped') {
      return {
        outcome: 'nothing_to_lift',
        note: `nothing was restricted in ${task.systemName}${task.note ? ` (${task.note})` : ''}`,
      };
    }
    const system = await this.systems.get(this.dataSource.manager, task.systemId);
    const connector = system ? this.connectors.connectorFor(system.kind) : undefined;
    if (!system || !connector?.liftRestriction) {
      return { outcome: 'by_hand', note: liftByHand(task.systemName, system?.settings.assignee) };
    }
    const result = await connector.liftRestriction({
      requestId: request.id,
      taskId: task.id,
      action: 'restriction',
      identities: searchKeys(system.identityTypes as IdentityType[], request.identities),
      corrections: [],
      dueAt: request.dueAt,
      attempt: 1,
      system,
      sink: DISCARD,
    });
    const note = result.note ?? `${task.systemName} lifted the restriction`;
    return 'waiting' in result ? { outcome: 'by_hand', note } : { outcome: 'lifted', note };
  }
}

/** The audit event of each system's lifting. */
const LIFT_EVENT: Record<RestrictionLiftOutcome, string> = {
  lifted: 'restriction_lifted_in_system',
  by_hand: 'restriction_lift_by_hand',
  nothing_to_lift: 'restriction_nothing_to_lift',
};
