import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectFlowProducer, InjectQueue } from '@nestjs/bullmq';
import type { FlowProducer, JobsOptions, Queue } from 'bullmq';
import { JOB, QUEUE, jobId, type BuildPackagePayload, type StoreTaskPayload } from '@dsar/queue';

export const FANOUT_FLOW_PRODUCER = 'fanout-flows';

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
 */
@Injectable()
export class FanoutQueue {
  constructor(
    @InjectFlowProducer(FANOUT_FLOW_PRODUCER) private readonly flows: FlowProducer,
    @InjectQueue(QUEUE.storeTasks) private readonly tasks: Queue<StoreTaskPayload>,
    @InjectQueue(QUEUE.packages) private readonly packages: Queue<BuildPackagePayload>,
  ) {}

  async enqueueStage(requestId: string, stage: number, tasks: TaskJobRef[]): Promise<void> {
    if (tasks.length === 0) return;
    const children = tasks.map((task) => storeTaskJobId(task)).sort();
    // Deterministic: the same stage with the same tasks is the same flow.
    const digest = createHash('sha256').update(children.join(',')).digest('hex').slice(0, 16);
    await this.flows.add({
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
    });
  }

  async enqueueTask(task: TaskJobRef): Promise<void> {
    await this.tasks.add(
      JOB.runStoreTask,
      { taskId: task.id },
      { ...STORE_TASK_JOB_OPTIONS, jobId: storeTaskJobId(task) },
    );
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
    await this.packages.add(
      JOB.buildPackage,
      { requestId },
      {
        jobId: jobId('package', requestId),
        attempts: 5,
        backoff: { type: 'exponential', delay: 5000 },
        removeOnComplete: true,
      },
    );
  }
}
