import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  checkPartRefusal,
  DomainError,
  exemptionSentence,
  exemptionUnder,
  type ExemptionCode,
  type RefusedPart,
} from '@dsar/domain';
import {
  type Actor,
  type RequestEntity,
  RequestRefusalEntity,
  StoreTaskEntity,
  SystemEntity,
} from '@dsar/persistence';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { SubjectMailer } from '../mails/subject-mailer.service.js';
import { RequestDecisions } from './request-decisions.service.js';
import { WORK_PLANNER, type WorkPlanner } from './work-planner.js';

/** Tasks not yet carried out: a refusal or a denial stops them (a running one settles first). */
const STOPPABLE = ['queued', 'waiting', 'failed'] as const;

/** The words a skipped task keeps: the exemption and where it is written. */
export const refusalNote = (code: string, citation: string) => `Refused: ${code} (${citation})`;

/**
 * Partial answers: an officer refuses one system's share or one data category, on an exemption
 * of the request's regime (GDPR Art. 15(4), Art. 23; Cal. Civ. Code §1798.145 …), or, once work
 * has begun, denies the whole request on one. The row, the stopped tasks and the audit event are
 * one transaction; the subject reads the refusal in the answer (or the denial letter).
 */
@Injectable()
export class PartRefusals {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly mailer: SubjectMailer,
    private readonly decisions: RequestDecisions,
    @Inject(WORK_PLANNER) private readonly planner: WorkPlanner,
  ) {}

  async refusePart(
    requestId: string,
    actor: Actor,
    part: RefusedPart,
    exemptionCode: ExemptionCode,
    text: string,
  ): Promise<RequestEntity> {
    const request = await this.dataSource.transaction(async (manager) => {
      const current = await this.lifecycle.lock(manager, requestId);
      const systemName = part.scope === 'system' ? await this.systemName(manager, part) : null;
      const task =
        part.scope === 'system'
          ? await manager.findOneBy(StoreTaskEntity, { requestId, systemId: part.systemId })
          : null;
      const exemption = checkPartRefusal({
        type: current.type,
        jurisdiction: current.jurisdiction,
        part,
        exemptionCode,
        taskState: task?.state ?? null,
      });
      const existing = await manager.findOneBy(RequestRefusalEntity, {
        requestId,
        ...(part.scope === 'system' ? { systemId: part.systemId } : { category: part.category }),
      });
      if (existing) {
        throw new DomainError('conflict', 'That part of the request is already refused', {
          reasonCode: 'already_refused',
        });
      }
      const target =
        part.scope === 'system' ? { systemId: part.systemId } : { category: part.category };
      const { request } = await this.lifecycle.apply(manager, requestId, 'refuse_part', actor, {
        reason: text,
        data: { scope: part.scope, ...target, exemptionCode, taskId: task?.id ?? null },
      });
      await manager.insert(RequestRefusalEntity, {
        requestId,
        scope: part.scope,
        systemId: part.scope === 'system' ? part.systemId : null,
        systemName,
        category: part.scope === 'category' ? part.category : null,
        exemptionCode,
        citation: exemption.citation,
        text,
        refusedBy: actor.id,
      });
      if (task && (STOPPABLE as readonly string[]).includes(task.state)) {
        await this.stop(manager, [task.id], refusalNote(exemptionCode, exemption.citation));
      }
      return request;
    });
    // A stopped task may have been the last one open: the request answers now.
    if (request.status !== 'awaiting_approval') await this.planner.afterCommit(requestId);
    return request;
  }

  /** After approval, an exemption that covers the whole request: denied, its open work stopped. */
  async denyForExemption(
    requestId: string,
    actor: Actor,
    exemptionCode: ExemptionCode,
    text: string,
    now = new Date(),
  ): Promise<RequestEntity> {
    const { request, mail } = await this.dataSource.transaction(async (manager) => {
      const current = await this.lifecycle.lock(manager, requestId);
      const exemption = exemptionUnder(exemptionCode, current.jurisdiction, current.language);
      if (!exemption) {
        throw DomainError.invalidInput('That exemption is not offered under this regime', [
          {
            field: 'exemptionCode',
            message: `"${exemptionCode}" has no citation under ${current.jurisdiction}`,
          },
        ]);
      }
      const { request } = await this.lifecycle.apply(manager, requestId, 'deny_exemption', actor, {
        reason: text,
        patch: { denialReasonCode: 'exemption_applies', denialText: text },
        data: { reasonCode: 'exemption_applies', exemptionCode },
        now,
      });
      const open = await manager.find(StoreTaskEntity, {
        where: { requestId, state: In([...STOPPABLE]) },
      });
      await this.stop(
        manager,
        open.map((task) => task.id),
        refusalNote(exemptionCode, exemption.citation),
      );
      const explanation = `${exemptionSentence(exemption, current.language)} ${text}`;
      const input = await this.decisions.denialInput(
        manager,
        request,
        'exemption_applies',
        explanation,
        now,
      );
      return { request, mail: await this.mailer.record(manager, 'denial', input, requestId) };
    });
    await this.mailer.dispatch(mail);
    return request;
  }

  /** Every refusal of a request, oldest first. */
  list(requestId: string): Promise<RequestRefusalEntity[]> {
    return this.dataSource.manager.find(RequestRefusalEntity, {
      where: { requestId },
      order: { createdAt: 'ASC' },
    });
  }

  private async systemName(manager: EntityManager, part: { systemId: string }): Promise<string> {
    const system = await manager.findOneBy(SystemEntity, { id: part.systemId });
    if (!system) {
      throw DomainError.invalidInput('No such system', [
        { field: 'systemId', message: `no system with id ${part.systemId}` },
      ]);
    }
    return system.name;
  }

  private async stop(manager: EntityManager, taskIds: string[], note: string): Promise<void> {
    if (taskIds.length === 0) return;
    const now = new Date();
    await manager.update(
      StoreTaskEntity,
      { id: In(taskIds) },
      { state: 'skipped', note, finishedAt: now, updatedAt: now },
    );
  }
}
