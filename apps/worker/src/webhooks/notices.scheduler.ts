import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { JOB, QUEUE } from '@dsar/queue';

/** Sweeps and the daily digest, scheduled once per deployment (upsert). */
@Injectable()
export class NoticesScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUE.notices) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // "At once" for failed tasks means within seconds: the sweep is one indexed query.
    await this.queue.upsertJobScheduler(
      JOB.sweepNotices,
      { every: 5_000 },
      { name: JOB.sweepNotices, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
    await this.queue.upsertJobScheduler(
      JOB.sweepWebhooks,
      { every: 60_000 },
      { name: JOB.sweepWebhooks, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
    await this.queue.upsertJobScheduler(
      JOB.staffDigest,
      { pattern: '0 0 8 * * *', tz: this.config.controllerTimezone },
      { name: JOB.staffDigest, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }
}
