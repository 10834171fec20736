import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, isWorking, ruleOf, type ConnectorResult } from '@dsar/domain';
import {
  type Actor,
  type RequestEntity,
  StoreTaskEntity,
  type StoreTaskState,
  SYSTEM_ACTOR,
} from '@dsar/persistence';
import type { TaskAnswerDecider } from '@dsar/webhooks';
import { RequestLifecycle } from '@dsar/requests';
import { FileVault, SpoolWriter, spoolPath } from '@dsar/packages';
import { ConnectorRegistry, SystemRecords } from '@dsar/systems';
import { FanoutQueue } from '../running/fanout-queue.js';
import { TaskRecorder } from '../running/task-recorder.js';

/** Staff may retry these: a failure, or a wait that may never end. */
const RETRYABLE_STATES: readonly StoreTaskState[] = ['failed', 'waiting'];

export interface CloseByHandCommand {
  /** `failed`: it could not be done in this system; the task ends, the answer says so. */
  outcome: 'completed' | 'not_found' | 'failed';
  /** Internal. */
  note: string;
  /** For the subject's package and mail. */
  subjectNote?: string;
}

/**
 * What people and callbacks do to tasks: complete a waiting task (webhook callback, e-mail or
 * manual answer), retry a failed or waiting one, close one by hand. Each change is a row and an audit event
 * in one transaction, and the finaliser decides the request in that same transaction.
 */
@Injectable()
export class StoreTaskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly recorder: TaskRecorder,
    private readonly queue: FanoutQueue,
    private readonly vault: FileVault,
    private readonly systems: SystemRecords,
    private readonly connectors: ConnectorRegistry,
  ) {}

  async get(taskId: string): Promise<StoreTaskEntity> {
    const task = await this.dataSource.manager.findOneBy(StoreTaskEntity, { id: taskId });
    if (!task) throw new DomainError('not_found', `No task with id ${taskId}`);
    return task;
  }

  /** The task's state and action, or null for an unknown task (the webhook and manual kinds ask). */
  async find(taskId: string): Promise<{ state: string; action: string; requestId: string } | null> {
    const task = await this.dataSource.manager.findOneBy(StoreTaskEntity, { id: taskId });
    return task ? { state: task.state, action: task.action, requestId: task.requestId } : null;
  }

  /**
   * A waiting task's answer has arrived. Repeating the same final answer is harmless (false);
   * a different answer for a settled task is a conflict.
   */
  async completeWaiting(
    taskId: string,
    result: ConnectorResult,
    actor: Actor = SYSTEM_ACTOR,
  ): Promise<boolean> {
    const task = await this.get(taskId);
    if (task.state !== 'waiting') {
      const settled = (task.result as { outcome?: string } | null)?.outcome;
      if (settled === result.outcome) return false;
      throw new DomainError(
        'conflict',
        `Task ${taskId} is ${task.state}; it no longer takes an answer`,
      );
    }
    if (result.outcome === 'failed') {
      return this.recorder.withLockedTask(taskId, async (manager, locked, request) => {
        if (locked.state !== 'waiting') return false;
        await this.failWaitingIn(manager, locked, request, result, actor);
        return true;
      });
    }
    const spool =
      ruleOf(task.action).returnsData && result.data
        ? await this.spoolData(task, result)
        : undefined;
    const done = await this.recorder.finish(taskId, { result, spool, actor }, ['waiting']);
    if (!done) throw new DomainError('conflict', `Task ${taskId} was settled meanwhile`);
    return true;
  }

  /**
   * One transaction for an answer that arrives from outside (a webhook callback): the task and
   * its request locked, `decide`'s writes, the waiting task settled and the request decided.
   */
  async answer<T>(
    taskId: string,
    decide: TaskAnswerDecider<T>,
    actor: Actor = SYSTEM_ACTOR,
  ): Promise<T> {
    const afterCommit: (() => Promise<void>)[] = [];
    const reply = await this.dataSource.transaction(async (manager) => {
      const locked = await this.recorder.lockIn(manager, taskId);
      if (!locked) throw new DomainError('not_found', `No task with id ${taskId}`);
      const { task, request } = locked;
      const decision = await decide(manager, {
        state: task.state,
        action: task.action,
        requestId: task.requestId,
      });
      if (decision.after) afterCommit.push(decision.after);
      if (decision.settle && task.state === 'waiting') {
        const result = decision.settle;
        if (result.outcome === 'failed') {
          await this.failWaitingIn(manager, task, request, result, actor);
        } else {
          const spool =
            ruleOf(task.action).returnsData && result.data
              ? await this.spoolData(task, result)
              : undefined;
          await this.recorder.finishIn(manager, task, request, { result, spool, actor });
        }
        afterCommit.unshift(await this.recorder.settleRequestIn(manager, request));
      }
      return decision.reply;
    });
    for (const after of afterCommit) await after();
    return reply;
  }

  /**
   * Re-runs one failed or waiting task (a waiting one may wait on a system that will never
   * answer); the request goes back to in_progress when nothing else failed. A waiting task's
   * connector first forgets what it waited for, in the same transaction, so the new run asks
   * the system afresh (a webhook: the same `webhook-id`, a fresh series of attempts).
   */
  async retry(taskId: string, actor: Actor): Promise<StoreTaskEntity> {
    let rerun: StoreTaskEntity | null = null;
    await this.recorder.withLockedTask(taskId, async (manager, task, request) => {
      if (!RETRYABLE_STATES.includes(task.state))
        throw new DomainError(
          'conflict',
          `Only a failed or waiting task can be retried; this one is ${task.state}`,
        );
      if (!isWorking(request.status)) {
        throw new DomainError('conflict', `The request is ${request.status.replace(/_/g, ' ')}`);
      }
      if (task.state === 'waiting') {
        const system = await this.systems.get(manager, task.systemId);
        const connector = system ? this.connectors.connectorFor(system.kind) : undefined;
        await connector?.forgetWaiting?.(manager, task.id);
      }
      const run = task.run + 1;
      await manager.update(StoreTaskEntity, task.id, {
        state: 'queued',
        run,
        lastError: null,
        finishedAt: null,
        enqueuedAt: new Date(),
        updatedAt: new Date(),
      });
      await this.lifecycle.record(manager, request.id, 'task_retried', actor, {
        data: { taskId: task.id, systemId: task.systemId, run, from: task.state },
      });
      rerun = { ...task, run };
      return true;
    });
    if (rerun) await this.queue.enqueueTask(rerun);
    return this.get(taskId);
  }

  /** An officer closes a failed, waiting or queued task with an outcome and a note. */
  async closeByHand(
    taskId: string,
    command: CloseByHandCommand,
    actor: Actor,
  ): Promise<StoreTaskEntity> {
    const task = await this.get(taskId);
    if (!['failed', 'waiting', 'queued'].includes(task.state)) {
      throw new DomainError('conflict', `A ${task.state} task cannot be closed by hand`);
    }
    const result: ConnectorResult = {
      outcome: command.outcome,
      counts: { found: 0, erased: 0, masked: 0, hashed: 0, deleted: 0, retained: 0, rectified: 0 },
      note: command.note,
      ...(command.subjectNote ? { subjectNote: command.subjectNote } : {}),
    };
    const done = await this.recorder.finish(taskId, { result, actor, note: command.note }, [
      'failed',
      'waiting',
      'queued',
    ]);
    if (!done) throw new DomainError('conflict', `Task ${taskId} was settled meanwhile`);
    return this.get(taskId);
  }

  private async failWaitingIn(
    manager: EntityManager,
    task: StoreTaskEntity,
    request: RequestEntity,
    result: ConnectorResult,
    actor: Actor,
  ): Promise<void> {
    await manager.update(StoreTaskEntity, task.id, {
      state: 'failed',
      lastError: result.note ?? 'the system reported a failure',
      finishedAt: new Date(),
      updatedAt: new Date(),
    });
    await this.lifecycle.record(manager, request.id, 'task_failed_for_good', actor, {
      reason: result.note ?? null,
      data: { taskId: task.id },
    });
  }

  private async spoolData(task: StoreTaskEntity, result: ConnectorResult) {
    const spool = new SpoolWriter(this.vault, spoolPath(task.requestId, task.id));
    for (const [collection, rows] of Object.entries(result.data ?? {})) {
      for (const row of rows) await spool.write(collection, row as Record<string, unknown>);
    }
    const summary = await spool.close();
    return { path: spool.path, summary, rows: spool.rowCount };
  }
}
