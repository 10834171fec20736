import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccessSink, Connector, ConnectorExecution, TaskAction } from '@dsar/systems';
import { PermanentConnectorError } from '@dsar/systems';
import {
  DomainError,
  ruleOf,
  effectiveDueAtSql,
  WORKING_STATUSES_SQL,
  type ConnectorResult,
  type IdentityType,
} from '@dsar/domain';
import { RequestEntity, StoreTaskEntity, SYSTEM_ACTOR } from '@dsar/persistence';
import { JobRowMissingError } from '@dsar/queue';
import { RequestLifecycle } from '@dsar/requests';
import { FileVault, SpoolWriter, spoolPath, systemFacts } from '@dsar/packages';
import { ConnectorRegistry, SystemRecords } from '@dsar/systems';
import { missingKeysReason, searchKeys } from '../planning/stage-plan.js';
import { StoreTaskService } from '../admin/store-task.service.js';
import { SettingsService } from '@dsar/settings';
import { ANSWERS_BEFORE_SUBJECT, taskProcessorDueAt } from '../planning/task-due.js';
import { TaskRecorder } from './task-recorder.js';
import { TaskLocks } from './task-locks.js';

export type RunOutcome = 'succeeded' | 'skipped' | 'waiting' | 'already_settled' | 'gone';

/** A failure retrying cannot fix; the processor turns it into BullMQ's UnrecoverableError. */
export class PermanentTaskError extends Error {
  override name = 'PermanentTaskError';
}

/** Another worker holds the task right now; the job is retried later and finds it settled. */
export class TaskBusyError extends Error {
  override name = 'TaskBusyError';
}

/** What the claim returns: the task and the part of its request the run needs. */
interface ClaimedTask {
  id: string;
  requestId: string;
  systemId: string;
  action: string;
  /** Searched only for identities: run as an access search into nothing, changing nothing. */
  lookupOnly: boolean;
  createdAt: string;
  request: {
    identities: Partial<Record<IdentityType, string[]>>;
    corrections: RequestEntity['corrections'];
    dueAt: string;
  };
}

const DISCARD: AccessSink = { write: async () => undefined };

/**
 * queued (or running, left by a crashed worker) → running, in one conditional update under the
 * task's lock (TaskLocks tries it in the same statement) that also returns what the run needs of
 * the request; the request row is share-locked so a cancellation and a claim do not cross.
 * Anything else is settled already (a task of a closed request is skipped with that reason).
 */
const CLAIM = `
  UPDATE store_tasks t SET state = 'running', attempts = t.attempts + 1, started_at = now(), updated_at = now()
   WHERE t.id = $1::uuid AND (SELECT locked FROM task_lock) AND t.state IN ('queued', 'running')
     AND t.request_id IN (SELECT id FROM requests WHERE id = t.request_id AND status IN ${WORKING_STATUSES_SQL} FOR SHARE)
  RETURNING t.id, t.request_id AS "requestId", t.system_id AS "systemId", t.action,
    t.lookup_only AS "lookupOnly", t.created_at AS "createdAt",
    (SELECT jsonb_build_object('identities', r.identities, 'corrections', r.corrections,
                               'dueAt', ${effectiveDueAtSql('r')})
       FROM requests r WHERE r.id = t.request_id) AS request`;

/**
 * Runs one store task: under its lock (TaskLocks), claimed by a conditional update, re-read from
 * Postgres; a settled task is never run again.
 */
@Injectable()
export class StoreTaskRunner {
  private readonly logger = new Logger(StoreTaskRunner.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: RequestLifecycle,
    private readonly recorder: TaskRecorder,
    private readonly locks: TaskLocks,
    private readonly tasks: StoreTaskService,
    private readonly systems: SystemRecords,
    private readonly connectors: ConnectorRegistry,
    private readonly vault: FileVault,
    private readonly settings: SettingsService,
  ) {}

  async run(taskId: string, attempt: { made: number; max: number }): Promise<RunOutcome> {
    const outcome = await this.locks.withClaim(taskId, CLAIM, (claimed: ClaimedTask | undefined) =>
      this.runLocked(taskId, claimed ?? null, attempt),
    );
    if (outcome === null) throw new TaskBusyError(`task ${taskId} is running on another worker`);
    if (outcome === 'gone') throw new JobRowMissingError('store task', taskId);
    return outcome;
  }

  private async runLocked(
    taskId: string,
    claimed: ClaimedTask | null,
    attempt: { made: number; max: number },
  ): Promise<RunOutcome> {
    if (!claimed) return this.notClaimed(taskId);
    const task = claimed;
    const { request } = task;
    const system = await this.systems.get(this.dataSource.manager, task.systemId);
    if (!system || !system.enabled) {
      await this.recorder.skip(
        taskId,
        !system ? 'the system is no longer registered' : 'the system is disabled',
      );
      return 'skipped';
    }
    const keys = searchKeys(system.identityTypes, request.identities);
    if (Object.keys(keys).length === 0) {
      await this.recorder.skip(taskId, missingKeysReason(system.identityTypes));
      return 'skipped';
    }
    const connector = this.connectors.connectorFor(system.kind);
    if (!connector) {
      await this.recorder.fail(taskId, `no connector for kind ${system.kind}`, true);
      throw new PermanentTaskError(`no connector for kind ${system.kind}`);
    }
    const spool =
      ruleOf(task.action).returnsData && !task.lookupOnly
        ? new SpoolWriter(this.vault, spoolPath(task.requestId, task.id))
        : null;
    // Processors and manual tasks answer processorLeadDays before the subject's date.
    const subjectDueAt = new Date(request.dueAt);
    const dueAt = ANSWERS_BEFORE_SUBJECT[system.kind]
      ? (taskProcessorDueAt(
          system.kind,
          subjectDueAt,
          (await this.settings.get()).processorLeadDays,
          new Date(task.createdAt),
        ) ?? subjectDueAt)
      : subjectDueAt;
    let execution: ConnectorExecution;
    try {
      execution = await connector.execute({
        requestId: task.requestId,
        taskId: task.id,
        action: task.lookupOnly ? 'access' : ruleOf(task.action).connectorAction,
        ...(task.lookupOnly ? { lookupOnly: true } : {}),
        identities: keys,
        corrections: request.corrections ?? [],
        dueAt,
        attempt: attempt.made + 1,
        system,
        sink: spool ?? DISCARD,
      });
      if (!('waiting' in execution) && execution.outcome === 'failed') {
        throw new Error(execution.note ?? 'the connector reported a failure');
      }
    } catch (error) {
      spool?.abort(error as Error);
      return this.failed(taskId, error as Error, attempt);
    }
    if ('waiting' in execution) {
      spool?.abort(new Error('waiting'));
      await this.recorder.wait(taskId, execution.note);
      return (await this.answeredMeanwhile(task, connector)) ? 'succeeded' : 'waiting';
    }
    const spooled = spool ? await this.finishSpool(spool, execution) : undefined;
    await this.recorder.finishRunning(task, {
      result: execution,
      facts: systemFacts(system),
      spool: spooled,
    });
    this.logger.log(
      { taskId, requestId: task.requestId, outcome: execution.outcome },
      'store task settled',
    );
    return execution.outcome === 'skipped' ? 'skipped' : 'succeeded';
  }

  /**
   * A callback may answer before this run recorded `waiting`; it is then kept on the system's
   * side (a webhook message), and the task is settled from it now, so nothing waits for it.
   */
  private async answeredMeanwhile(task: ClaimedTask, connector: Connector): Promise<boolean> {
    const answer = await connector.settledAnswer?.(task.id, task.action as TaskAction);
    if (!answer) return false;
    try {
      return await this.tasks.completeWaiting(task.id, answer);
    } catch (error) {
      // The callback settled it itself meanwhile: the task keeps that answer.
      if (error instanceof DomainError && error.code === 'conflict') return false;
      throw error;
    }
  }

  /** The claim found nothing to run: settled already, or (a closed request's) skipped now. */
  private async notClaimed(taskId: string): Promise<'already_settled' | 'gone'> {
    let outcome: 'already_settled' | 'gone' = 'gone';
    await this.recorder.withLockedTask(taskId, async (manager, task, request) => {
      outcome = 'already_settled';
      if (task.state !== 'queued' && task.state !== 'running') return false;
      await manager.update(StoreTaskEntity, task.id, {
        state: 'skipped',
        note: `the request is ${request.status}`,
        finishedAt: new Date(),
      });
      await this.lifecycle.record(manager, request.id, 'task_skipped', SYSTEM_ACTOR, {
        reason: `request ${request.status}`,
        data: { taskId },
      });
      return false;
    });
    return outcome;
  }

  private async finishSpool(spool: SpoolWriter, result: ConnectorResult) {
    for (const [collection, rows] of Object.entries(result.data ?? {})) {
      for (const row of rows) await spool.write(collection, row as Record<string, unknown>);
    }
    const summary = await spool.close();
    return { path: spool.path, summary, rows: spool.rowCount };
  }

  private async failed(
    taskId: string,
    error: Error,
    attempt: { made: number; max: number },
  ): Promise<never> {
    const permanent = error instanceof PermanentConnectorError;
    const final = permanent || attempt.made + 1 >= attempt.max;
    await this.recorder.fail(taskId, error.message, final);
    this.logger.warn(
      { taskId, attempt: attempt.made + 1, final, err: error.message },
      'store task attempt failed',
    );
    throw permanent ? new PermanentTaskError(error.message) : error;
  }
}
