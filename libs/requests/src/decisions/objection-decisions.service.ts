import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, OFFICER_WEIGHS_OBJECTION } from '@dsar/domain';
import { type Actor, type RequestEntity, StoreTaskEntity } from '@dsar/persistence';
import { RequestLifecycle } from '../request-lifecycle.service.js';
import { PartRefusals } from './part-refusals.service.js';
import { WORK_PLANNER, type WorkPlanner } from './work-planner.js';

export type ObjectionOutcome = 'upheld' | 'compelling_grounds';

/**
 * GDPR Art. 21(1): an objection to processing on legitimate interests is weighed per system. An
 * upheld objection lets the system's task run (the processing stops there); compelling grounds
 * are a refusal of that part (`compelling_legitimate_grounds`), told in the answer with the
 * officer's reasons and the complaint route.
 */
@Injectable()
export class ObjectionDecisions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly refusals: PartRefusals,
    @Inject(WORK_PLANNER) private readonly planner: WorkPlanner,
  ) {}

  async decide(
    requestId: string,
    actor: Actor,
    systemId: string,
    outcome: ObjectionOutcome,
    text: string,
  ): Promise<RequestEntity> {
    const weighing = async () => {
      const task = await this.dataSource.manager.findOneBy(StoreTaskEntity, {
        requestId,
        systemId,
      });
      if (!task || task.state !== 'waiting' || task.note !== OFFICER_WEIGHS_OBJECTION) {
        throw new DomainError('conflict', 'No objection waits for a decision in that system', {
          reasonCode: 'nothing_to_weigh',
        });
      }
      return task;
    };
    await weighing();
    if (outcome === 'compelling_grounds') {
      return this.refusals.refusePart(
        requestId,
        actor,
        { scope: 'system', systemId },
        'compelling_legitimate_grounds',
        text,
      );
    }
    const request = await this.dataSource.transaction(async (manager) => {
      const { request } = await this.lifecycle.apply(
        manager,
        requestId,
        'uphold_objection',
        actor,
        {
          reason: text,
          data: { systemId },
        },
      );
      const released = await manager.update(
        StoreTaskEntity,
        { requestId, systemId, state: 'waiting', note: OFFICER_WEIGHS_OBJECTION },
        { state: 'queued', note: null, enqueuedAt: null, updatedAt: new Date() },
      );
      if (!released.affected) {
        throw new DomainError('conflict', 'The objection in that system was decided meanwhile', {
          reasonCode: 'nothing_to_weigh',
        });
      }
      return request;
    });
    // The released task starts with its stage.
    await this.planner.afterCommit(requestId);
    return request;
  }
}
