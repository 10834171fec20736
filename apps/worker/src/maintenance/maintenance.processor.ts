import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JOB, QUEUE } from '@dsar/queue';
import { ExpiryService } from '@dsar/requests';
import { OutboxSweep } from './outbox-sweep.service.js';

/** Scheduled housekeeping; each job is safe to run twice or on two workers at once. */
@Processor(QUEUE.maintenance)
export class MaintenanceProcessor extends WorkerHost {
  constructor(
    private readonly expiry: ExpiryService,
    private readonly outboxSweep: OutboxSweep,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOB.expireUnverified:
        return { expired: await this.expiry.expireUnverified() };
      case JOB.sweepOutbox:
        return { redispatched: await this.outboxSweep.redispatchStale() };
      default:
        throw new Error(`no handler for maintenance job ${job.name}`);
    }
  }
}
