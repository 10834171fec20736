import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  isIdentityType,
  OFFICER_WEIGHS_OBJECTION,
  REQUEST_TYPE_RULES,
  SYSTEM_SCOPES,
  type IdentityType,
} from '@dsar/domain';
import {
  type RequestEntity,
  RequestRefusalEntity,
  StoreTaskEntity,
  SYSTEM_ACTOR,
} from '@dsar/persistence';
import { RequestLifecycle, refusalNote, type WorkPlanner } from '@dsar/requests';
import { ConnectorRegistry, SystemRecords, type SystemRecord } from '@dsar/systems';
import { providedTypes } from '../system-facts.js';
import type { OutboxEntry } from '@dsar/queue';
import { RequestFinaliser } from '../finalising/request-finaliser.service.js';
import { FanoutQueue } from '../running/fanout-queue.js';
import { planStages } from './stage-plan.js';

/**
 * The fan-out side of an approval: one store task per (request, system, action), written in the
 * approval's transaction (the unique constraint makes a second approval write nothing), staged so
 * identity providers run first. After commit the first stage is enqueued.
 */
@Injectable()
export class StoreTaskPlanner implements WorkPlanner {
  constructor(
    private readonly lifecycle: RequestLifecycle,
    private readonly finaliser: RequestFinaliser,
    private readonly queue: FanoutQueue,
    private readonly systems: SystemRecords,
    private readonly connectors: ConnectorRegistry,
  ) {}

  /** The registry read once per transaction: a bulk approval plans many requests in one. */
  private readonly registryOf = new WeakMap<EntityManager, Promise<SystemRecord[]>>();

  async plan(manager: EntityManager, request: RequestEntity): Promise<void> {
    const { fansOut, connectorAction: action } = REQUEST_TYPE_RULES[request.type];
    // Only a transaction's manager is kept (and forgotten with it), never the shared one.
    const inTransaction = manager.queryRunner?.isTransactionActive === true;
    let registry = inTransaction ? this.registryOf.get(manager) : undefined;
    if (!registry) {
      registry = this.systems.list(manager);
      if (inTransaction) this.registryOf.set(manager, registry);
    }
    // Portability reaches systems on consent or contract, an objection those it objects to.
    const scope = SYSTEM_SCOPES[request.type];
    const ground = { objectionGround: request.objectionGround ?? null };
    const systems = fansOut
      ? (await registry).filter((system) => system.enabled && scope.takesPart(system, ground))
      : [];
    const initial = Object.keys(request.identities ?? {}).filter(isIdentityType) as IdentityType[];
    const staged = planStages(
      systems.map((system) => ({
        id: system.id,
        name: system.name,
        identityTypes: system.identityTypes,
        provides: providedTypes(this.connectors.connectorFor(system.kind), system.settings),
        supportsAction: system.actions.includes(action),
      })),
      initial.length ? initial : ['email'],
    );
    const byId = new Map(systems.map((system) => [system.id, system]));
    // A system an officer refused before approval is planned skipped, with the exemption.
    const refused = new Map(
      (await manager.findBy(RequestRefusalEntity, { requestId: request.id, scope: 'system' })).map(
        (refusal) => [refusal.systemId, refusalNote(refusal.exemptionCode, refusal.citation)],
      ),
    );
    // An Art. 21(1) objection runs in a system only once an officer upheld it there.
    const weighed = scope.weighedByOfficer(ground);
    const planned = staged.map((task) =>
      task.skipReason || !refused.has(task.systemId)
        ? task
        : { ...task, skipReason: refused.get(task.systemId)! },
    );
    const now = new Date();
    if (planned.length > 0) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(StoreTaskEntity)
        .values(
          planned.map((task) => ({
            requestId: request.id,
            systemId: task.systemId,
            systemName: byId.get(task.systemId)!.name,
            action,
            stage: task.stage,
            state: task.skipReason
              ? ('skipped' as const)
              : weighed
                ? ('waiting' as const)
                : ('queued' as const),
            note: task.skipReason ?? (weighed ? OFFICER_WEIGHS_OBJECTION : null),
            finishedAt: task.skipReason ? now : null,
          })),
        )
        .orIgnore()
        .execute();
    }
    await this.lifecycle.record(manager, request.id, 'tasks_planned', SYSTEM_ACTOR, {
      data: {
        tasks: planned.length,
        stages: new Set(planned.map((task) => task.stage)).size,
        skipped: planned.filter((task) => task.skipReason).map((task) => task.systemId),
      },
    });
  }

  async afterCommit(requestId: string): Promise<void> {
    await this.finaliser.settle(requestId);
  }

  async startIn(manager: EntityManager, requests: RequestEntity[]): Promise<() => Promise<void>> {
    const relays: OutboxEntry[] = [];
    const after: (() => Promise<void>)[] = [];
    for (const request of requests) {
      after.push(await this.finaliser.settleIn(manager, request.id, request, relays));
    }
    return async () => {
      await this.queue.relay(relays);
      for (const step of after) await step();
    };
  }
}
