import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import {
  JOB,
  JobOutbox,
  QUEUE,
  jobId,
  type OutboxEntry,
  type OutboxJob,
  type StoreTaskPayload,
} from '@dsar/queue';
import { buildPackageJob } from '@dsar/requests';

/** Store-task jobs retry with exponential backoff; a permanent failure is UnrecoverableError. */
export const STORE_TASK_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  // Postgres keeps the truth; a finished job is removed so the sweep can re-add a lost one.
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600 },
};

export interface TaskJobRef {
  id: string;
  run: number;
}

export function storeTaskJobId(task: TaskJobRef): string {
  return jobId('task', task.id, `r${task.run}`);
}

/**
 * The BullMQ side of the fan-out, behind one small class: stage flows (children = the stage's
 * tasks, parent = a stage-complete job), single task jobs (retries, the sweep), package jobs.
 * Every job goes through the job outbox: `record…` in the caller's transaction and `relay` after
 * commit, or `enqueue…` (now, or kept for the relay while Redis is down) where there is none.
 */
@Injectable()
export class FanoutQueue {
  constructor(
    private readonly outbox: JobOutbox,
    @InjectQueue(QUEUE.storeTasks) private readonly tasks: Queue<StoreTaskPayload>,
  ) {}

  stageFlow(requestId: string, stage: number, tasks: TaskJobRef[]): OutboxJob {
    const children = tasks.map((task) => storeTaskJobId(task)).sort();
    // Deterministic: the same stage with the same tasks is the same flow.
    const digest = createHash('sha256').update(children.join(',')).digest('hex').slice(0, 16);
    return {
      kind: 'flow',
      flow: {
        name: JOB.stageComplete,
        queueName: QUEUE.fanout,
        data: { requestId, stage },
        opts: {
          jobId: jobId('stage', requestId, `s${stage}`, digest),
          removeOnComplete: true,
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
        },
        children: tasks.map((task) => ({
          name: JOB.runStoreTask,
          queueName: QUEUE.storeTasks,
          data: { taskId: task.id },
          // One failed child must not wedge the request: the parent runs anyway.
          opts: {
            ...STORE_TASK_JOB_OPTIONS,
            jobId: storeTaskJobId(task),
            ignoreDependencyOnFailure: true,
          },
        })),
      },
    };
  }

  taskJob(task: TaskJobRef): OutboxJob {
    return {
      kind: 'job',
      queue: QUEUE.storeTasks,
      name: JOB.runStoreTask,
      data: { taskId: task.id },
      opts: { ...STORE_TASK_JOB_OPTIONS, jobId: storeTaskJobId(task) },
    };
  }

  /** In the transaction that marks the stage's tasks enqueued. */
  async recordStage(
    manager: EntityManager,
    requestId: string,
    stage: number,
    tasks: TaskJobRef[],
  ): Promise<OutboxEntry | null> {
    if (tasks.length === 0) return null;
    return this.outbox.record(manager, this.stageFlow(requestId, stage, tasks));
  }

  /** Many requests' stages in one statement, in the transaction that marks their tasks enqueued. */
  async recordStages(
    manager: EntityManager,
    stages: readonly { requestId: string; stage: number; tasks: TaskJobRef[] }[],
  ): Promise<OutboxEntry[]> {
    const flows = stages
      .filter((stage) => stage.tasks.length > 0)
      .map((stage) => this.stageFlow(stage.requestId, stage.stage, stage.tasks));
    return this.outbox.recordMany(manager, flows);
  }

  /** After commit; never throws for Redis (the relay takes what is left). */
  async relay(entries: OutboxEntry | (OutboxEntry | null)[] | null): Promise<void> {
    await this.outbox.relay(entries);
  }

  async enqueueStage(requestId: string, stage: number, tasks: TaskJobRef[]): Promise<void> {
    if (tasks.length === 0) return;
    await this.outbox.enqueueOrKeep(this.stageFlow(requestId, stage, tasks));
  }

  async enqueueTask(task: TaskJobRef): Promise<void> {
    await this.outbox.enqueueOrKeep(this.taskJob(task));
  }

  /**
   * Re-adds the job of a task that is not final in Postgres although its job is gone or failed
   * for good in Redis (stalled too often by killed workers, or out of attempts while another run
   * held the task); true when it did. A failed job keeps its id, so it is removed first.
   */
  async reenqueueIfLost(task: TaskJobRef): Promise<boolean> {
    const id = storeTaskJobId(task);
    const state = await this.tasks.getJobState(id);
    if (state === 'failed') await this.tasks.remove(id);
    else if (state !== 'unknown') return false;
    await this.enqueueTask(task);
    return true;
  }

  async enqueuePackage(requestId: string): Promise<void> {
    await this.outbox.enqueueOrKeep(buildPackageJob(requestId));
  }
}
