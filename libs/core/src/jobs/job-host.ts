import { WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import type { JobsOn, QueueName } from '@dsar/queue';

/** What runs one job; `token` is the lock's, for a job that moves itself back to delayed. */
export type JobHandler = (job: Job, token?: string) => Promise<unknown>;

/**
 * A queue's processor as a table from each of its jobs (JOB_QUEUE) to what runs it: a job
 * added to the queue without a handler does not compile, and an unknown name fails the job.
 */
export abstract class JobHost<Q extends QueueName> extends WorkerHost {
  protected abstract readonly handlers: Record<JobsOn<Q>, JobHandler>;

  process(job: Job, token?: string): Promise<unknown> {
    const handler = (this.handlers as Record<string, JobHandler | undefined>)[job.name];
    if (!handler) throw new Error(`no handler for job ${job.name} on queue ${job.queueName}`);
    return handler(job, token);
  }
}
