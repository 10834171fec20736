import { Module } from '@nestjs/common';
import { ConnectedSystemsModule } from '@dsar/connectors';
import { MailModule } from '@dsar/mail';
import { QueueModule } from '@dsar/queue';
import { WebhooksModule } from '@dsar/webhooks';
import { NoticesProcessor } from './notices.processor.js';
import { NoticesScheduler } from './notices.scheduler.js';
import { WebhookDeliveryProcessor } from './webhook-delivery.processor.js';

/** The worker's share of connected systems: webhook retries, alerts, notices, reminders, digest. */
@Module({
  imports: [QueueModule, MailModule, WebhooksModule, ConnectedSystemsModule],
  providers: [WebhookDeliveryProcessor, NoticesProcessor, NoticesScheduler],
})
export class WebhooksWorkerModule {}
