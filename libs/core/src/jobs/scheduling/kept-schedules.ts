import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';

type Upsert = Queue['upsertJobScheduler'];

/** One repeating job: which queue, its scheduler id, when it repeats and what each run is. */
export interface KeptSchedule {
  queue: Queue;
  id: string;
  repeat: Parameters<Upsert>[1];
  template: NonNullable<Parameters<Upsert>[2]>;
}

export const KEEP_SCHEDULES_EVERY_MS = 60_000;

/**
 * Upserts a worker's repeating jobs at boot and again every minute. Upsert leaves one schedule
 * per id however many workers call it, and a Redis that lost its data (flushed, or restarted
 * without persistence) has every schedule back within a minute rather than at the next deploy.
 */
export abstract class KeptSchedules implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private timer: NodeJS.Timeout | null = null;

  protected abstract schedules(): KeptSchedule[];

  async onApplicationBootstrap(): Promise<void> {
    await this.upsert();
    this.timer = setInterval(
      () => void this.upsert().catch((error: Error) => this.logger.warn(error.message)),
      KEEP_SCHEDULES_EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** What the minute timer runs. */
  async upsert(): Promise<void> {
    for (const schedule of this.schedules()) {
      await schedule.queue.upsertJobScheduler(schedule.id, schedule.repeat, schedule.template);
    }
  }
}
