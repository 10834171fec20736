import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DataSource, In, IsNull, LessThan, Not } from 'typeorm';
import { WebhookMessageEntity } from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { WebhookRetryQueue } from './webhook-retry-queue.js';

/**
 * Postgres is the truth: a due message whose retry job Redis lost (or failed for good) is scheduled again, and bodies
 * of settled messages (identities, tokens) are purged after the retention setting.
 */
@Injectable()
export class WebhookSweep {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly retries: WebhookRetryQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(now: Date = new Date()): Promise<{ rescheduled: number; purged: number }> {
    // Overdue by 30 s (less when the reconciler is set to look for stuck work sooner).
    const overdueMs = Math.min(30_000, this.config.stuckWorkAfterMs);
    const due = await this.dataSource.manager.find(WebhookMessageEntity, {
      where: { state: 'pending', nextAttemptAt: LessThan(new Date(now.getTime() - overdueMs)) },
      take: 500,
    });
    let rescheduled = 0;
    for (const message of due) {
      if (await this.retries.rescheduleIfLost(message.id, message.attempts, now)) rescheduled += 1;
    }
    const days = (await this.settings.get()).deliveryBodyRetentionDays;
    const purged = await this.dataSource.manager.update(
      WebhookMessageEntity,
      {
        state: In(['succeeded', 'failed']),
        sealedBody: Not(IsNull()),
        updatedAt: LessThan(new Date(now.getTime() - days * 24 * 3600 * 1000)),
      },
      { sealedBody: null, sealedAnswer: null },
    );
    return { rescheduled, purged: purged.affected ?? 0 };
  }
}
