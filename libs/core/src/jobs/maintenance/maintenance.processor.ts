import { Processor } from '@nestjs/bullmq';
import { JOB, QUEUE } from '@dsar/queue';
import { ExpiryService } from '@dsar/requests';
import { JobHost } from '../job-host.js';
import { OutboxSweep } from './outbox-sweep.service.js';

/** Scheduled housekeeping; each job is safe to run twice or on two workers at once. */
@Processor(QUEUE.maintenance)
export class MaintenanceProcessor extends JobHost<typeof QUEUE.maintenance> {
  protected readonly handlers = {
    [JOB.expireUnverified]: async () => ({ expired: await this.expiry.expireUnverified() }),
    [JOB.sweepOutbox]: async () => ({ redispatched: await this.outboxSweep.redispatchStale() }),
  };

  constructor(
    private readonly expiry: ExpiryService,
    private readonly outboxSweep: OutboxSweep,
  ) {
    super();
  }
}
