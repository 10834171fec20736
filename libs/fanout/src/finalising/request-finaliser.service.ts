import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isWorking, WORKING_STATUSES_SQL, type IdentityType } from '@dsar/domain';
import { RequestEntity, StoreTaskEntity, SYSTEM_ACTOR } from '@dsar/persistence';
import { JobRowMissingError, type OutboxEntry } from '@dsar/queue';
import { RequestLifecycle } from '@dsar/requests';
import { SystemRecords, type SystemRecord } from '@dsar/systems';
import { missingKeysReason, searchKeys } from '../planning/stage-plan.js';
import { FanoutQueue } from '../running/fanout-queue.js';
import { progressOf, RequestCompletion, type TaskProgressView } from '@dsar/requests';

type AfterCommit = () => Promise<void>;

/** The columns the decision needs of each task. */
interface TaskView extends TaskProgressView {
  run: number;
  systemId: string;
  systemName: string;
}
const NOTHING: AfterCommit = async () => undefined;

/** A request the caller has locked: what deciding needs of it (the whole row only to complete). */
export type LockedRequest = Pick<RequestEntity, 'id' | 'status' | 'identities'>;

/**
 * Completion is decided in Postgres. Whenever a task settles, this looks at the request's tasks
 * (with the request locked): starts the next stage, moves the request to `action_required` when a
 * task failed for good (and back when none is failed any more), or completes it.
 */
@Injectable()
export class RequestFinaliser {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly queue: FanoutQueue,
    private readonly completion: RequestCompletion,
    private readonly systems: SystemRecords,
  ) {}

  /**
   * A stage-complete parent job, as versions before the stage's jobs went out on their own
   * enqueued them (one may still wait in Redis): the stage's last task has moved the request on
   * already, so one read decides whether there is anything left to do before locking anything.
   */
  async settleAfterStage(requestId: string): Promise<void> {
    const [state] = (await this.dataSource.query(
      `SELECT r.status IN ${WORKING_STATUSES_SQL} AS open,
              bool_or(t.state = 'queued' AND t.enqueued_at IS NULL) AS unstarted,
              bool_and(t.state IN ('succeeded', 'failed', 'skipped')) AS settled
         FROM requests r LEFT JOIN store_tasks t ON t.request_id = r.id
        WHERE r.id = $1 GROUP BY r.id`,
      [requestId],
    )) as { open: boolean; unstarted: boolean | null; settled: boolean | null }[];
    if (!state) throw new JobRowMissingError('request', requestId);
    if (state.open && (state.unstarted || state.settled)) await this.settle(requestId);
  }

  async settle(requestId: string): Promise<void> {
    const after = await this.dataSource.transaction((manager) => this.settleIn(manager, requestId));
    await after();
  }

  /**
   * In the caller's transaction; returns what to do once it has committed. With `relays`, a
   * starting stage's outbox row is added there for the caller to relay with others (bulk).
   */
  async settleIn(
    manager: EntityManager,
    requestId: string,
    locked?: LockedRequest,
    relays?: OutboxEntry[],
  ): Promise<AfterCommit> {
    for (let pass = 0; ; pass += 1) {
      const request: LockedRequest =
        pass === 0 && locked ? locked : await this.lifecycle.lock(manager, requestId);
      if (!isWorking(request.status)) return NOTHING;
      // One light read decides; whole task rows are built only for the completion.
      const tasks = (await manager.query(
        `SELECT id, stage, state, run, system_id AS "systemId", system_name AS "systemName",
                enqueued_at IS NOT NULL AS enqueued
           FROM store_tasks WHERE request_id = $1`,
        [requestId],
      )) as TaskView[];
      const progress = progressOf(tasks);
      if (progress.kind === 'done') {
        const whole = await manager.find(StoreTaskEntity, { where: { requestId } });
        const row =
          request instanceof RequestEntity
            ? request
            : await this.lifecycle.lock(manager, requestId);
        return this.completion.finish(manager, row, whole);
      }
      await this.moveStatus(manager, request, progress.failed, tasks);
      if (progress.start.length === 0) return NOTHING;
      const starting = tasks.filter((task) => progress.start.includes(task.id));
      const runnable = await this.withoutUnreachable(manager, request, starting);
      if (runnable.length === 0) continue; // all skipped: look at the next stage
      await markEnqueued(manager, runnable);
      // The stage's jobs are outbox rows of this transaction: no approval waits on Redis.
      const jobs = await this.queue.recordStage(manager, runnable);
      if (relays) {
        relays.push(...jobs);
        return NOTHING;
      }
      return () => this.queue.relay(jobs);
    }
  }

  /**
   * For many requests just approved in the caller's transaction (bulk): their first stages, in a
   * few statements for the whole set — one read of their tasks, one `UPDATE` marking the starting
   * tasks enqueued, one outbox insert. A request that needs more than starting a stage (nothing
   * to run, a failed task, a system without a search key) takes `settleIn`'s path on its own.
   * Returns what to do once the transaction has committed.
   */
  async startAll(
    manager: EntityManager,
    requests: readonly RequestEntity[],
    registry: readonly SystemRecord[],
  ): Promise<AfterCommit> {
    const working = requests.filter((request) => isWorking(request.status));
    if (working.length === 0) return NOTHING;
    const rows = (await manager.query(
      `SELECT id, request_id AS "requestId", stage, state, run, system_id AS "systemId",
              system_name AS "systemName", enqueued_at IS NOT NULL AS enqueued
         FROM store_tasks WHERE request_id = ANY($1)`,
      [working.map((request) => request.id)],
    )) as (TaskView & { requestId: string })[];
    const tasksOf = new Map<string, TaskView[]>();
    for (const row of rows) {
      const list = tasksOf.get(row.requestId) ?? [];
      list.push(row);
      tasksOf.set(row.requestId, list);
    }
    const systemOf = new Map(registry.map((system) => [system.id, system]));
    const toStart: TaskView[] = [];
    const alone: RequestEntity[] = [];
    for (const request of working) {
      const tasks = tasksOf.get(request.id) ?? [];
      const progress = progressOf(tasks);
      if (progress.kind === 'done' || progress.failed.length > 0) {
        alone.push(request);
        continue;
      }
      if (request.status !== 'in_progress') {
        alone.push(request);
        continue;
      }
      const starting = tasks.filter((task) => progress.start.includes(task.id));
      if (starting.length === 0) continue;
      const reachable = starting.every((task) => {
        const system = systemOf.get(task.systemId);
        const types = (system?.identityTypes ?? []) as IdentityType[];
        return system && Object.keys(searchKeys(types, request.identities)).length > 0;
      });
      if (reachable) toStart.push(...starting);
      else alone.push(request);
    }
    const relays: OutboxEntry[] = [];
    if (toStart.length > 0) {
      await markEnqueued(manager, toStart);
      relays.push(...(await this.queue.recordStage(manager, toStart)));
    }
    const after: AfterCommit[] = [];
    for (const request of alone)
      after.push(await this.settleIn(manager, request.id, request, relays));
    return async () => {
      await this.queue.relay(relays);
      for (const step of after) await step();
    };
  }

  private async moveStatus(
    manager: EntityManager,
    request: LockedRequest,
    failed: string[],
    tasks: TaskView[],
  ): Promise<void> {
    if (failed.length > 0 && request.status === 'in_progress') {
      const names = tasks.filter((task) => failed.includes(task.id)).map((task) => task.systemName);
      await this.lifecycle.apply(manager, request.id, 'task_failed', SYSTEM_ACTOR, {
        reason: `a task failed for good: ${names.join(', ')}`,
        data: { taskIds: failed },
      });
    } else if (failed.length === 0 && request.status === 'action_required') {
      await this.lifecycle.apply(manager, request.id, 'resume', SYSTEM_ACTOR, {
        reason: 'no failed task left',
      });
    }
  }

  /** Tasks of a starting stage whose system got no search key are skipped, with the reason. */
  private async withoutUnreachable(
    manager: EntityManager,
    request: LockedRequest,
    starting: TaskView[],
  ): Promise<TaskView[]> {
    const runnable: TaskView[] = [];
    for (const task of starting) {
      const system = await this.systems.get(manager, task.systemId);
      const types = (system?.identityTypes ?? []) as IdentityType[];
      if (system && Object.keys(searchKeys(types, request.identities)).length === 0) {
        await manager.update(StoreTaskEntity, task.id, {
          state: 'skipped',
          note: missingKeysReason(types),
          finishedAt: new Date(),
          updatedAt: new Date(),
        });
        await this.lifecycle.record(manager, request.id, 'task_skipped', SYSTEM_ACTOR, {
          reason: missingKeysReason(types),
          data: { taskId: task.id, systemId: task.systemId },
        });
      } else {
        runnable.push(task);
      }
    }
    return runnable;
  }
}

/**
 * A stage's tasks get their jobs in this transaction: the sweep re-adds only jobs of tasks marked
 * so. One array parameter, however many tasks (TypeORM's `In` bound one parameter each).
 */
async function markEnqueued(manager: EntityManager, tasks: readonly { id: string }[]) {
  await manager.query('UPDATE store_tasks SET enqueued_at = $2 WHERE id = ANY($1::uuid[])', [
    tasks.map((task) => task.id),
    new Date(),
  ]);
}
