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
 * The BullMQ side of the fan-out, behind one small class: a stage's task jobs (added together;
 * the task that settles a stage's last one starts the next in its own transaction, and the
 * sweep re-adds a lost job), single task jobs (retries, the sweep), package jobs. Every job goes
 * through the job outbox: `record…` in the caller's transaction and `relay` after commit, or
 * `enqueue…` (now, or kept for the relay while Redis is down) where there is none.
 */
@Injectable()
export class FanoutQueue {
  constructor(
    private readonly outbox: JobOutbox,
    @InjectQueue(QUEUE.storeTasks) private readonly tasks: Queue<StoreTaskPayload>,
  ) {}

  taskJob(task: TaskJobRef): OutboxJob {
    return {
      kind: 'job',
      queue: QUEUE.storeTasks,
      name: JOB.runStoreTask,
      data: { taskId: task.id },
      opts: { ...STORE_TASK_JOB_OPTIONS, jobId: storeTaskJobId(task) },
    };
  }

  /** A stage's task jobs, in one statement in the transaction that marks them enqueued. */
  async recordStage(manager: EntityManager, tasks: readonly TaskJobRef[]): Promise<OutboxEntry[]> {
    return this.outbox.recordMany(
      manager,
      tasks.map((task) => this.taskJob(task)),
    );
  }

  /** After commit; never throws for Redis (the relay takes what is left). */
  async relay(entries: OutboxEntry | (OutboxEntry | null)[] | null): Promise<void> {
    await this.outbox.relay(entries);
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
