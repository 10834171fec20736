import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JOB, QUEUE } from '@dsar/queue';
import { type KeptSchedule, KeptSchedules } from '../scheduling/kept-schedules.js';

/** The expiry of unverified requests and the outbox sweep. */
@Injectable()
export class MaintenanceScheduler extends KeptSchedules {
  constructor(@InjectQueue(QUEUE.maintenance) private readonly queue: Queue) {
    super();
  }

  protected schedules(): KeptSchedule[] {
    return [
      {
        queue: this.queue,
        id: JOB.expireUnverified,
        repeat: { every: 10 * 60_000 },
        template: { name: JOB.expireUnverified },
      },
      {
        queue: this.queue,
        id: JOB.sweepOutbox,
        repeat: { every: 2 * 60_000 },
        template: { name: JOB.sweepOutbox },
      },
    ];
  }
}
