import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type ConnectionOptions, FlowProducer, type JobsOptions, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DEFAULT_JOB_OPTIONS } from '../job-options.js';
import { queueConnection } from '../queue-connection.js';
import { failFastRedisOptions } from '../redis-connection.js';
import type { OutboxJob } from './outbox-job.js';

/**
 * The producer side of the request paths, apart from the workers' connections: one ioredis
 * client without an offline queue and with a bounded command time, shared by a Queue per queue
 * name and one FlowProducer. An add while Redis is away fails at once; one that gets no answer
 * fails after QUEUE_COMMAND_TIMEOUT_MS. On BullMQ's PostgreSQL backend it uses that connection.
 */
@Injectable()
export class OutboxProducer implements OnApplicationShutdown {
  private readonly redis: Redis | null;
  private readonly connection: ConnectionOptions;
  private readonly queues = new Map<string, Queue>();
  private flows: FlowProducer | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.queueDatabaseUrl) {
      this.redis = null;
      this.connection = queueConnection(config);
    } else {
      this.redis = new Redis(failFastRedisOptions(config.redisUrl, config.queueCommandTimeoutMs));
      this.redis.on('error', () => undefined); // an outage shows in health and in the outbox
      this.connection = this.redis;
    }
  }

  /** False while Redis is away: the caller leaves its rows for the relay without trying. */
  get ready(): boolean {
    return this.redis === null || this.redis.status === 'ready';
  }

  async add(job: OutboxJob): Promise<void> {
    const adding: Promise<unknown> =
      job.kind === 'job'
        ? this.queue(job.queue).add(job.name, job.data, job.opts)
        : this.flowProducer().add(job.flow);
    await bounded(adding, this.config.queueCommandTimeoutMs * 2);
  }

  /** Many at once: one addBulk per queue and one for the flows; job ids keep a re-add harmless. */
  async addBulk(jobs: OutboxJob[]): Promise<void> {
    const flows = jobs.flatMap((job) => (job.kind === 'flow' ? [job.flow] : []));
    const byQueue = new Map<string, { name: string; data: object; opts: JobsOptions }[]>();
    for (const job of jobs) {
      if (job.kind !== 'job') continue;
      const list = byQueue.get(job.queue) ?? [];
      list.push({ name: job.name, data: job.data, opts: job.opts });
      byQueue.set(job.queue, list);
    }
    const adding: Promise<unknown>[] = [...byQueue].map(([name, list]) =>
      this.queue(name).addBulk(list),
    );
    if (flows.length > 0) adding.push(this.flowProducer().addBulk(flows));
    await bounded(Promise.all(adding), this.config.queueCommandTimeoutMs * 4);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    await this.flows?.close().catch(() => undefined);
    this.redis?.disconnect();
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection,
        prefix: this.config.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  private flowProducer(): FlowProducer {
    if (!this.flows) {
      this.flows = new FlowProducer({
        connection: this.connection,
        prefix: this.config.queuePrefix,
      });
      this.flows.on('error', () => undefined);
    }
    return this.flows;
  }
}

/**
 * BullMQ waits for a connection that was never ready (Redis down at boot) however the client is
 * set up; this bound keeps a request path's answer prompt in that case too.
 */
async function bounded(work: Promise<unknown>, ms: number): Promise<void> {
  work.catch(() => undefined); // settled later is harmless: the job id is deterministic
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the queue did not answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
