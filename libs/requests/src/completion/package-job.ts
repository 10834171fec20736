import { JOB, QUEUE, jobId, type OutboxJob } from '@dsar/queue';

/** The job that builds a request's access package and then completes it; one per request. */
export function buildPackageJob(requestId: string): OutboxJob {
  return {
    kind: 'job',
    queue: QUEUE.packages,
    name: JOB.buildPackage,
    data: { requestId },
    opts: {
      jobId: jobId('package', requestId),
      attempts: 5,
      backoff: { type: 'exponential', delay: 5000 },
      removeOnComplete: true,
    },
  };
}
