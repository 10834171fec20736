import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JOB, QUEUE } from '@dsar/queue';
import { type KeptSchedule, KeptSchedules } from '../scheduling/kept-schedules.js';

const SWEEP_EVERY_MS = 60_000;
const PACKAGE_SWEEP_EVERY_MS = 60 * 60_000;

/** The fan-out sweep (lost jobs, deadlines) and the expired-package sweep. */
@Injectable()
export class FanoutScheduler extends KeptSchedules {
  constructor(
    @InjectQueue(QUEUE.fanout) private readonly fanout: Queue,
    @InjectQueue(QUEUE.packages) private readonly packages: Queue,
  ) {
    super();
  }

  protected schedules(): KeptSchedule[] {
    return [
      {
        queue: this.fanout,
        id: JOB.sweepFanout,
        repeat: { every: SWEEP_EVERY_MS },
        template: { name: JOB.sweepFanout },
      },
      {
        queue: this.packages,
        id: JOB.sweepPackages,
        repeat: { every: PACKAGE_SWEEP_EVERY_MS },
        template: { name: JOB.sweepPackages },
      },
    ];
  }
}
