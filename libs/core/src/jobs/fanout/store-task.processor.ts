import { Inject, type OnApplicationBootstrap } from '@nestjs/common';
import { Processor } from '@nestjs/bullmq';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { PermanentTaskError, StoreTaskRunner, TaskBusyError } from '@dsar/fanout';
import { JOB, QUEUE, type StoreTaskPayload } from '@dsar/queue';
import { JobHost } from '../job-host.js';

/** A job that finds its task running on another worker looks again this much later. */
const BUSY_RECHECK_MS = 5_000;

/**
 * One job per store task. A short lock (renewed while the task runs) lets another worker pick up
 * the job of a crashed one within seconds; the runner's own lock keeps two runs apart.
 */
@Processor(QUEUE.storeTasks, {
  lockDuration: 15_000,
  stalledInterval: 5_000,
  maxStalledCount: 3,
})
export class StoreTaskProcessor
  extends JobHost<typeof QUEUE.storeTasks>
  implements OnApplicationBootstrap
{
  protected readonly handlers = {
    [JOB.runStoreTask]: (job: Job, token?: string) => this.run(job as Job<StoreTaskPayload>, token),
  };

  constructor(
    private readonly runner: StoreTaskRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  /** STORE_TASK_CONCURRENCY: the worker exists once the modules are initialised. */
  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.storeTaskConcurrency;
  }

  private async run(job: Job<StoreTaskPayload>, token?: string): Promise<string> {
    try {
      return await this.runner.run(job.data.taskId, {
        made: job.attemptsMade,
        max: job.opts.attempts ?? 1,
      });
    } catch (error) {
      if (error instanceof PermanentTaskError) throw new UnrecoverableError(error.message);
      if (error instanceof TaskBusyError && token) {
        // Not a failure: no attempt is spent waiting for the other run to finish.
        await job.moveToDelayed(Date.now() + BUSY_RECHECK_MS, token);
        throw new DelayedError();
      }
      throw error;
    }
  }
}
