import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { JOB, QUEUE } from '@dsar/queue';
import { type KeptSchedule, KeptSchedules } from '../scheduling/kept-schedules.js';

const QUIET = { removeOnComplete: true, removeOnFail: 100 };

/** The notice and webhook sweeps, and the staff's daily digest at 08:00 controller time. */
@Injectable()
export class NoticesScheduler extends KeptSchedules {
  constructor(
    @InjectQueue(QUEUE.notices) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  protected schedules(): KeptSchedule[] {
    return [
      // "At once" for failed tasks means within seconds: the sweep is one indexed query.
      {
        queue: this.queue,
        id: JOB.sweepNotices,
        repeat: { every: 5_000 },
        template: { name: JOB.sweepNotices, opts: QUIET },
      },
      {
        queue: this.queue,
        id: JOB.sweepWebhooks,
        // Lost retry jobs are stuck work too: rescheduled as often as the fan-out reconciler runs.
        repeat: { every: this.config.stuckWorkAfterMs },
        template: { name: JOB.sweepWebhooks, opts: QUIET },
      },
      {
        queue: this.queue,
        id: JOB.staffDigest,
        repeat: { pattern: '0 0 8 * * *', tz: this.config.controllerTimezone },
        template: { name: JOB.staffDigest, opts: QUIET },
      },
    ];
  }
}
