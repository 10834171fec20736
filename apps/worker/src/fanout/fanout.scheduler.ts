import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JOB, QUEUE } from '@dsar/queue';

const SWEEP_EVERY_MS = 60_000;
const PACKAGE_SWEEP_EVERY_MS = 60 * 60_000;

/**
 * Schedules the sweeps (upsert: every worker may call it, one schedule results). A flushed Redis
 * loses its schedules too, so they are upserted again every minute.
 */
@Injectable()
export class FanoutScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(FanoutScheduler.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectQueue(QUEUE.fanout) private readonly fanout: Queue,
    @InjectQueue(QUEUE.packages) private readonly packages: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.upsert();
    this.timer = setInterval(
      () => void this.upsert().catch((error: Error) => this.logger.warn(error.message)),
      SWEEP_EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async upsert(): Promise<void> {
    await this.fanout.upsertJobScheduler(
      JOB.sweepFanout,
      { every: SWEEP_EVERY_MS },
      { name: JOB.sweepFanout },
    );
    await this.packages.upsertJobScheduler(
      JOB.sweepPackages,
      { every: PACKAGE_SWEEP_EVERY_MS },
      { name: JOB.sweepPackages },
    );
  }
}
