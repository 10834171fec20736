import type { DefaultJobOptions } from 'bullmq';

/** Every queue's defaults, for the Nest-registered queues and the outbox producer alike. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
