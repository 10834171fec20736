import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import {
  appealOffer,
  computeExtendedDueAt,
  datesAfterPauses,
  denialWording,
  pinnedPack,
  type DenialReason,
  DomainError,
} from '@dsar/domain';
import { type Actor, type RequestEntity, StaffUserEntity } from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { pausesOf } from '../pauses/clarification.service.js';
import { AutoApprovalService } from './auto-approval.service.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';
import type { SubjectMail, SubjectMailInput } from '../mails/subject-mail.registry.js';
import { WORK_PLANNER, type WorkPlanner } from './work-planner.js';

/** An assignee must be an enabled staff account; otherwise a 400 naming `assigneeId`. */
export async function enabledAssignee(manager: EntityManager, assigneeId: string): Promise<void> {
  const assignee = await manager.findOneBy(StaffUserEntity, { id: assigneeId });
  if (!assignee?.enabled) {
    throw new DomainError('invalid_input', 'The assignee is not an enabled staff account', {
      errors: [{ field: 'assigneeId', message: 'is not an enabled staff account' }],
    });
  }
}

interface Decided {
  request: RequestEntity;
  mail?: SubjectMail;
  approved?: boolean;
}

/**
 * What staff decide on a request. Each decision goes through the lifecycle (409 for what the
 * status forbids), writes its audit event and the subject's mail in one transaction, and
 * dispatches the mail (and the approved work) after commit.
 */
@Injectable()
export class RequestDecisions {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly mailer: SubjectMailer,
    private readonly settings: SettingsService,
    private readonly autoApproval: AutoApprovalService,
    @Inject(WORK_PLANNER) private readonly planner: WorkPlanner,
  ) {}

  /** Identity checked by hand (a call back, a document seen); auto-approval may follow. */
  verify(requestId: string, actor: Actor, note: string, now = new Date()) {
    return this.decide(async (manager) => {
      const { request } = await this.lifecycle.apply(manager, requestId, 'verify', actor, {
        reason: note,
        patch: { verifiedAt: now, verificationMethod: 'manual' },
        data: { method: 'manual' },
        now,
      });
      return { request, approved: await this.autoApproval.maybeApprove(manager, request) };
    });
  }

  approve(requestId: string, actor: Actor, now = new Date()) {
    return this.decide(async (manager) => {
      const { request } = await this.lifecycle.apply(manager, requestId, 'approve', actor, { now });
      await this.planner.plan(manager, request);
      return { request, approved: true };
    });
  }

  deny(requestId: string, actor: Actor, reasonCode: DenialReason, text: string, now = new Date()) {
    return this.decide(async (manager) => {
      const { request } = await this.lifecycle.apply(manager, requestId, 'deny', actor, {
        reason: text,
        denialReason: reasonCode,
        patch: { denialReasonCode: reasonCode, denialText: text },
        data: { reasonCode },
        now,
      });
      const input = await this.denialInput(manager, request, reasonCode, text, now);
      return { request, mail: { name: 'denial', input } };
    });
  }

  /** The denial letter in the regime's words, with its appeal offer where the regime grants one. */
  async denialInput(
    manager: EntityManager,
    request: RequestEntity,
    reasonCode: DenialReason,
    text: string,
    now = new Date(),
  ): Promise<SubjectMailInput<'denial'>> {
    const settings = await this.settings.get(manager);
    const pack = pinnedPack(request, this.config.controllerTimezone);
    const offer = appealOffer(pack, request, now, this.config);
    return {
      ...(await this.context(manager, request)),
      reasonCode,
      explanation: text,
      wording: denialWording(pack, settings.supervisoryAuthority, request.language),
      appealBy: offer.offered ? offer.askBy : null,
    };
  }

  /** Once, within the first period; the new date follows the jurisdiction's rule. */
  extend(requestId: string, actor: Actor, reason: string, now = new Date()) {
    return this.decide(async (manager) => {
      const current = await this.lifecycle.lock(manager, requestId);
      // Counted from receipt, then moved by the waits that already stopped the clock.
      const { extendedDueAt } = datesAfterPauses(
        {
          ...current,
          // The version pinned at receipt, even where a newer one has taken effect since.
          extendedDueAt: computeExtendedDueAt(
            current.receivedAt,
            pinnedPack(current, this.config.controllerTimezone),
            this.config,
            current.type,
          ),
        },
        this.config,
        await pausesOf(manager, requestId),
      );
      if (!extendedDueAt) throw new Error('an extension always has a date');
      const { request } = await this.lifecycle.apply(manager, requestId, 'extend', actor, {
        reason,
        patch: { extendedDueAt, extensionReason: reason },
        data: { extendedDueAt: extendedDueAt.toISOString() },
        now,
      });
      const input = {
        ...(await this.context(manager, request)),
        newDueAt: extendedDueAt,
        reason,
      };
      return { request, mail: { name: 'extension', input } };
    });
  }

  cancel(requestId: string, actor: Actor, reason: string | null, now = new Date()) {
    return this.decide(async (manager) => {
      const { request } = await this.lifecycle.apply(manager, requestId, 'cancel', actor, {
        reason,
        now,
      });
      const input = { ...(await this.context(manager, request)), reason };
      return { request, mail: { name: 'cancellation', input } };
    });
  }

  /** `assigneeId` null unassigns; otherwise an enabled staff account. */
  assign(requestId: string, actor: Actor, assigneeId: string | null, now = new Date()) {
    return this.decide(async (manager) => {
      if (assigneeId) await enabledAssignee(manager, assigneeId);
      const { request } = await this.lifecycle.apply(manager, requestId, 'assign', actor, {
        patch: { assigneeId },
        data: { assigneeId },
        now,
      });
      return { request };
    });
  }

  /** An internal note on the timeline; the subject is not told. */
  note(requestId: string, actor: Actor, text: string, now = new Date()) {
    return this.decide(async (manager) => {
      const { request } = await this.lifecycle.apply(manager, requestId, 'note', actor, {
        reason: text,
        now,
      });
      return { request };
    });
  }

  private async decide(work: (manager: EntityManager) => Promise<Decided>): Promise<RequestEntity> {
    const { decided, queued } = await this.dataSource.transaction(async (manager) => {
      const decided = await work(manager);
      const queued = decided.mail
        ? await this.mailer.record(
            manager,
            decided.mail.name,
            decided.mail.input,
            decided.request.id,
          )
        : null;
      return { decided, queued };
    });
    await this.mailer.dispatch(queued);
    if (decided.approved) await this.autoApproval.afterCommit(decided.request.id);
    return decided.request;
  }

  private async context(manager: EntityManager, request: RequestEntity) {
    const settings = await this.settings.get(manager);
    return {
      request,
      timeZone: this.config.controllerTimezone,
      controllerName: settings.controllerName,
      controllerContact: settings.controllerContact,
    };
  }
}
