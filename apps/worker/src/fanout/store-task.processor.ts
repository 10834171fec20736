import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { PermanentTaskError, StoreTaskRunner, TaskBusyError } from '@dsar/fanout';
import { QUEUE, type StoreTaskPayload } from '@dsar/queue';

/** A job that finds its task running on another worker looks again this much later. */
const BUSY_RECHECK_MS = 5_000;

/**
 * One job per store task. A short lock (renewed while the task runs) lets another worker pick up
 * the job of a crashed one within seconds; the runner's own lock keeps two runs apart.
 */
@Processor(QUEUE.storeTasks, {
  concurrency: 8,
  lockDuration: 15_000,
  stalledInterval: 5_000,
  maxStalledCount: 3,
})
export class StoreTaskProcessor extends WorkerHost {
  constructor(private readonly runner: StoreTaskRunner) {
    super();
  }

  async process(job: Job<StoreTaskPayload>, token?: string): Promise<string> {
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
