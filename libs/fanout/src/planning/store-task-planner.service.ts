import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import {
  isIdentityType,
  OFFICER_WEIGHS_OBJECTION,
  REQUEST_TYPE_RULES,
  SYSTEM_SCOPES,
  type IdentityType,
} from '@dsar/domain';
import {
  appendAuditEvents,
  type AuditRecord,
  type RequestEntity,
  RequestRefusalEntity,
  StoreTaskEntity,
  SYSTEM_ACTOR,
} from '@dsar/persistence';
import { RequestLifecycle, refusalNote, type WorkPlanner } from '@dsar/requests';
import { ConnectorRegistry, SystemRecords, type SystemRecord } from '@dsar/systems';
import { providedTypes } from '../system-facts.js';
import { RequestFinaliser } from '../finalising/request-finaliser.service.js';
import { FanoutQueue } from '../running/fanout-queue.js';
import { LOOKUP_ONLY_NOTE, planStages } from './stage-plan.js';

interface EnabledSystem {
  system: SystemRecord;
  provides: IdentityType[];
}

/** A planned store task: the columns the plan sets; the rest take the table's defaults. */
type PlannedTaskRow = Pick<
  StoreTaskEntity,
  | 'requestId'
  | 'systemId'
  | 'systemName'
  | 'action'
  | 'stage'
  | 'lookupOnly'
  | 'state'
  | 'note'
  | 'finishedAt'
>;

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

  async plan(manager: EntityManager, request: RequestEntity): Promise<void> {
    const registry = await this.systems.list(manager);
    const refused = await this.refusedSystems(manager, [request]);
    const { rows, event } = this.tasksOf(request, this.enabledOf(registry), refused, new Date());
    await this.insertTasks(manager, rows);
    await this.lifecycle.record(manager, request.id, 'tasks_planned', SYSTEM_ACTOR, event);
  }

  /**
   * Many approvals in their transaction (bulk), set-based: the registry read once, every task in
   * one insert, one `tasks_planned` event per request in one audit append, the first stages
   * started together (RequestFinaliser.startAll). The requests are locked by the caller.
   */
  async planAll(
    manager: EntityManager,
    requests: readonly RequestEntity[],
  ): Promise<() => Promise<void>> {
    if (requests.length === 0) return async () => undefined;
    const registry = await this.systems.list(manager);
    const now = new Date();
    const enabled = this.enabledOf(registry);
    const rows: PlannedTaskRow[] = [];
    const events: AuditRecord[] = [];
    const refused = await this.refusedSystems(manager, requests);
    for (const request of requests) {
      const planned = this.tasksOf(request, enabled, refused, now);
      rows.push(...planned.rows);
      events.push({
        requestId: request.id,
        actor: SYSTEM_ACTOR,
        action: 'tasks_planned',
        fromStatus: request.status,
        toStatus: request.status,
        reason: null,
        data: planned.event.data,
      });
    }
    await this.insertTasks(manager, rows);
    await appendAuditEvents(manager, events);
    return this.finaliser.startAll(manager, requests, registry);
  }

  /** The enabled systems with what each provides (read from its settings once per call). */
  private enabledOf(registry: readonly SystemRecord[]): EnabledSystem[] {
    return registry
      .filter((system) => system.enabled)
      .map((system) => ({
        system,
        provides: providedTypes(this.connectors.connectorFor(system.kind), system.settings),
      }));
  }

  /** Per request, the systems an officer refused before approval, each with its exemption. */
  private async refusedSystems(
    manager: EntityManager,
    requests: readonly RequestEntity[],
  ): Promise<Map<string, Map<string, string>>> {
    const refusals = await manager.findBy(RequestRefusalEntity, {
      requestId: In(requests.map((request) => request.id)),
      scope: 'system',
    });
    const byRequest = new Map<string, Map<string, string>>();
    for (const refusal of refusals) {
      const notes = byRequest.get(refusal.requestId) ?? new Map<string, string>();
      notes.set(refusal.systemId!, refusalNote(refusal.exemptionCode, refusal.citation));
      byRequest.set(refusal.requestId, notes);
    }
    return byRequest;
  }

  /** One store task per system the request reaches, staged; its `tasks_planned` event's figures. */
  private tasksOf(
    request: RequestEntity,
    enabled: readonly EnabledSystem[],
    refusedByRequest: ReadonlyMap<string, ReadonlyMap<string, string>>,
    now: Date,
  ): { rows: PlannedTaskRow[]; event: { data: Record<string, unknown> } } {
    const { fansOut, connectorAction: action } = REQUEST_TYPE_RULES[request.type];
    // Portability reaches systems on consent or contract, an objection those it objects to; a
    // system outside the scope may still be looked up in for the keys of one inside it.
    const scope = SYSTEM_SCOPES[request.type];
    const ground = { objectionGround: request.objectionGround ?? null };
    const systems = fansOut ? enabled : [];
    const initial = Object.keys(request.identities ?? {}).filter(isIdentityType) as IdentityType[];
    const staged = planStages(
      systems.map(({ system, provides }) => ({
        id: system.id,
        name: system.name,
        identityTypes: system.identityTypes,
        provides,
        supportsAction: system.actions.includes(action),
        takesPart: scope.takesPart(system, ground),
      })),
      initial.length ? initial : ['email'],
    );
    // A system an officer refused before approval is planned skipped, with the exemption.
    const refused = refusedByRequest.get(request.id) ?? new Map<string, string>();
    const planned = staged.map((task) =>
      task.skipReason || task.lookupOnly || !refused.has(task.systemId)
        ? task
        : { ...task, skipReason: refused.get(task.systemId)! },
    );
    // An Art. 21(1) objection runs in a system only once an officer upheld it there.
    const weighed = scope.weighedByOfficer(ground);
    const nameOf = new Map(systems.map(({ system }) => [system.id, system.name]));
    return {
      rows: planned.map((task) => ({
        requestId: request.id,
        systemId: task.systemId,
        systemName: nameOf.get(task.systemId)!,
        action,
        stage: task.stage,
        lookupOnly: task.lookupOnly === true,
        // A lookup changes nothing, so no officer weighs it: it runs at once.
        state: task.skipReason
          ? ('skipped' as const)
          : weighed && !task.lookupOnly
            ? ('waiting' as const)
            : ('queued' as const),
        note:
          task.skipReason ??
          (task.lookupOnly ? LOOKUP_ONLY_NOTE : weighed ? OFFICER_WEIGHS_OBJECTION : null),
        finishedAt: task.skipReason ? now : null,
      })),
      event: {
        data: {
          tasks: planned.length,
          stages: new Set(planned.map((task) => task.stage)).size,
          skipped: planned.filter((task) => task.skipReason).map((task) => task.systemId),
          lookups: planned.filter((task) => task.lookupOnly).map((task) => task.systemId),
        },
      },
    };
  }

  /**
   * Every task in one statement, the rows as one JSON parameter (TypeORM's insert built and read
   * back each row: a tenth of a bulk approval's CPU). The unique constraint makes a second
   * approval write nothing.
   */
  private async insertTasks(manager: EntityManager, rows: readonly PlannedTaskRow[]) {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO store_tasks (request_id, system_id, system_name, action, stage, lookup_only,
                                state, note, finished_at)
       SELECT "requestId", "systemId", "systemName", action, stage, "lookupOnly", state, note,
              "finishedAt"
         FROM jsonb_to_recordset($1::jsonb) AS t("requestId" uuid, "systemId" uuid,
              "systemName" text, action text, stage integer, "lookupOnly" boolean, state text,
              note text, "finishedAt" timestamptz)
       ON CONFLICT ON CONSTRAINT store_tasks_request_system_action DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }

  async afterCommit(requestId: string): Promise<void> {
    await this.finaliser.settle(requestId);
  }
}
