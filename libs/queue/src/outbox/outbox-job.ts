import type { FlowJob, JobsOptions } from 'bullmq';
import type { QueueName } from '../queues.js';

type WithJobId = JobsOptions & { jobId: string };

/** A job as the outbox keeps it: every job and every flow parent has a deterministic id. */
export type OutboxJob =
  | { kind: 'job'; queue: QueueName; name: string; data: object; opts: WithJobId }
  | { kind: 'flow'; flow: FlowJob & { queueName: QueueName; opts: WithJobId } };

/** A recorded row, for the writer to relay once its transaction has committed. */
export interface OutboxEntry {
  id: string;
  jobId: string;
  /** The job as recorded: the writer relays it from memory, without reading the row back. */
  job?: OutboxJob;
}

export function outboxQueue(job: OutboxJob): QueueName {
  return job.kind === 'job' ? job.queue : job.flow.queueName;
}

export function outboxJobId(job: OutboxJob): string {
  return job.kind === 'job' ? job.opts.jobId : job.flow.opts.jobId;
}

/** What the row's `spec` column holds, and back. */
export function outboxSpec(job: OutboxJob): Record<string, unknown> {
  return job.kind === 'job'
    ? { name: job.name, data: job.data, opts: job.opts }
    : (job.flow as unknown as Record<string, unknown>);
}

export function outboxJobOf(row: {
  kind: 'job' | 'flow';
  queue: string;
  spec: Record<string, unknown>;
}): OutboxJob {
  if (row.kind === 'flow') return { kind: 'flow', flow: row.spec as never };
  const spec = row.spec as { name: string; data: object; opts: WithJobId };
  return { kind: 'job', queue: row.queue as QueueName, ...spec };
}
