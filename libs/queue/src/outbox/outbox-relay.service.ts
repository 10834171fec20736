import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { JobOutbox, RELAY_BATCH } from './job-outbox.service.js';

/** How often the relay looks for rows left behind (Redis was down when they were written). */
export const RELAY_INTERVAL_MS = 1000;

/**
 * Moves outbox rows to BullMQ. A plain timer in every api and worker process, not a BullMQ job:
 * it must keep running while Redis is down and notice its return (the producer reconnects within
 * a second; until then a tick costs nothing). Several processes relay side by side safely: rows
 * are claimed with SKIP LOCKED.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private failing = false;

  constructor(private readonly outbox: JobOutbox) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.tick(), RELAY_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass over every due row (tests call it to skip the wait). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const run = await this.outbox.relayDue(RELAY_BATCH);
      total += run.relayed;
      if (run.claimed < RELAY_BATCH || run.relayed < run.claimed) return total;
    }
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.drain()
      .then((relayed) => {
        if (relayed > 0) this.logger.log({ relayed }, 'outbox rows relayed to the queue');
        this.failing = false;
      })
      .catch((error: unknown) => {
        // Postgres away: logged once per outage, tried again next tick.
        if (!this.failing)
          this.logger.warn({ error: (error as Error).message }, 'outbox relay failed');
        this.failing = true;
      })
      .finally(() => {
        this.running = null;
      });
  }
}
