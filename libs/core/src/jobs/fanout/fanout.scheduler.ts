import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { JOB, QUEUE } from '@dsar/queue';
import { type KeptSchedule, KeptSchedules } from '../scheduling/kept-schedules.js';

const PACKAGE_SWEEP_EVERY_MS = 60 * 60_000;

/** The fan-out reconciler (every STUCK_WORK_AFTER_MS) and the expired-package sweep. */
@Injectable()
export class FanoutScheduler extends KeptSchedules {
  constructor(
    @InjectQueue(QUEUE.fanout) private readonly fanout: Queue,
    @InjectQueue(QUEUE.packages) private readonly packages: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  protected schedules(): KeptSchedule[] {
    return [
      {
        queue: this.fanout,
        id: JOB.sweepFanout,
        repeat: { every: this.config.stuckWorkAfterMs },
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
