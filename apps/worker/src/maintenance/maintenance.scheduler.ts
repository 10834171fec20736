import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JOB, QUEUE } from '@dsar/queue';

/** Schedules the sweeps once per deployment (upsert: every worker may call it, one schedule results). */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUE.maintenance) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      JOB.expireUnverified,
      { every: 10 * 60_000 },
      { name: JOB.expireUnverified },
    );
    await this.queue.upsertJobScheduler(
      JOB.sweepOutbox,
      { every: 2 * 60_000 },
      { name: JOB.sweepOutbox },
    );
  }
}
