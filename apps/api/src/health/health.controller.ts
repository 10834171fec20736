import { Controller, Get, Inject, type OnApplicationShutdown } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { type QueueProbe, queueProbe } from '@dsar/queue';
import { Public } from '@dsar/staff';

const PROBE_TIMEOUT_MS = 2000;

/** 200 when Postgres and the queue's server (Redis, or the queue database) answer, 503 otherwise. */
@Public()
@Controller('health')
export class HealthController implements OnApplicationShutdown {
  private readonly queue: QueueProbe;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.queue = queueProbe(config);
  }

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('postgres', { timeout: PROBE_TIMEOUT_MS }),
      () => this.queueCheck(),
    ]);
  }

  private async queueCheck() {
    const indicator = this.indicators.check(this.queue.name);
    try {
      await Promise.race([
        this.queue.ping(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS),
        ),
      ]);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
