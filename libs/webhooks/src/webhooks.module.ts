import { Module } from '@nestjs/common';
import { MailModule } from '@dsar/mail';
import { QueueModule } from '@dsar/queue';
import { SettingsModule } from '@dsar/settings';
import { NoticesModule, RECIPIENT_EVENTS, RecipientNotices } from '@dsar/notices';
import { SystemsModule } from '@dsar/systems';
import { DEFAULT_OUTBOUND_LIMITS } from '@dsar/outbound';
import { Deliveries } from './admin/deliveries.service.js';
import { WebhookConnectionTest } from './admin/webhook-test.service.js';
import { WebhookSecrets } from './admin/webhook-secrets.service.js';
import { TaskCallbacks } from './callbacks/task-callbacks.service.js';
import { WebhookDispatcher } from './delivery/webhook-dispatcher.service.js';
import { OUTBOUND_LIMITS, WebhookSender } from './delivery/webhook-sender.service.js';
import { WebhookMessages } from './delivery/webhook-messages.service.js';
import { WebhookRetryQueue } from './delivery/webhook-retry-queue.js';
import { WebhookSweep } from './delivery/webhook-sweep.service.js';
import { WebhookTaskFollowUp } from './delivery/webhook-task-follow-up.service.js';
import { WebhookRetries } from './delivery/webhook-retries.service.js';
import { WebhookCancellations } from './delivery/webhook-cancellations.service.js';
import { WebhookRecipientEvents } from './delivery/webhook-recipient-events.service.js';

const SERVICES = [
  WebhookMessages,
  WebhookRetryQueue,
  WebhookSender,
  WebhookDispatcher,
  WebhookTaskFollowUp,
  WebhookSweep,
  WebhookRetries,
  WebhookCancellations,
  WebhookRecipientEvents,
  TaskCallbacks,
  WebhookSecrets,
  WebhookConnectionTest,
  Deliveries,
];

/**
 * Webhooks to connected systems over the systems registry. WEBHOOK_TASKS (the fan-out's waiting
 * tasks) comes from the global FanoutModule. RecipientNotices (Art. 19, libs/notices) is provided
 * here, beside the RECIPIENT_EVENTS sender it needs.
 */
@Module({
  imports: [QueueModule, MailModule, SettingsModule, NoticesModule, SystemsModule],
  providers: [
    ...SERVICES,
    RecipientNotices,
    { provide: RECIPIENT_EVENTS, useExisting: WebhookRecipientEvents },
    { provide: OUTBOUND_LIMITS, useValue: DEFAULT_OUTBOUND_LIMITS },
  ],
  exports: [...SERVICES, RecipientNotices, NoticesModule, SystemsModule],
})
export class WebhooksModule {}
