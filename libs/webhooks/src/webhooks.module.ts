import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { MailModule } from '@dsar/mail';
import { QueueModule } from '@dsar/queue';
import { SettingsModule } from '@dsar/settings';
import { NoticesModule, RECIPIENT_EVENTS } from '@dsar/notices';
import { Deliveries } from './admin/deliveries.service.js';
import { WebhookConnectionTest } from './admin/webhook-test.service.js';
import { WebhookSecrets } from './admin/webhook-secrets.service.js';
import { TaskCallbacks } from './callbacks/task-callbacks.service.js';
import { WebhookDispatcher } from './delivery/webhook-dispatcher.service.js';
import { WebhookSender } from './delivery/webhook-sender.service.js';
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

export interface WebhookAdapters {
  /** Providers of SYSTEM_STORE (the registry) and WEBHOOK_TASKS (the fan-out's waiting tasks). */
  providers: Provider[];
  imports?: DynamicModule['imports'];
}

/** Webhooks to connected systems; global so connectors and controllers reach its services. */
@Module({})
export class WebhooksModule {
  static forRoot(adapters: WebhookAdapters): DynamicModule {
    return {
      module: WebhooksModule,
      global: true,
      imports: [
        QueueModule,
        MailModule,
        SettingsModule,
        NoticesModule,
        ...(adapters.imports ?? []),
      ],
      providers: [
        ...SERVICES,
        ...adapters.providers,
        { provide: RECIPIENT_EVENTS, useExisting: WebhookRecipientEvents },
      ],
      exports: [...SERVICES, ...adapters.providers, RECIPIENT_EVENTS, NoticesModule],
    };
  }
}
