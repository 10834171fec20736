import { Module, type OnModuleInit, Optional } from '@nestjs/common';
import { MailModule } from '@dsar/mail';
import { SettingsModule } from '@dsar/settings';
import { EmailConnector } from './email/email.connector.js';
import { ProcessorReminders } from './email/processor-reminders.service.js';
import { ProcessorCancellations } from './email/processor-cancellations.service.js';
import { ManualConnector } from './manual/manual.connector.js';
import { TaskOutcomes } from './manual/task-outcomes.js';
import { TaskAttachments } from './manual/task-attachments.service.js';
import { WebhookConnector } from './webhook/webhook.connector.js';
import { GoogleAnalyticsConnector } from './google-analytics/google-analytics.connector.js';
import { ConnectorRegistry } from './registry/connector-registry.js';

const PROVIDERS = [
  WebhookConnector,
  EmailConnector,
  ManualConnector,
  GoogleAnalyticsConnector,
  ProcessorReminders,
  ProcessorCancellations,
  TaskOutcomes,
  TaskAttachments,
];

/**
 * The webhook, e-mail and manual connectors as Nest providers (they need the database, the mail
 * outbox and the webhook services of the global WebhooksModule). The connector registry maps
 * `webhook`, `email`, `manual` to these instances.
 */
@Module({ imports: [MailModule, SettingsModule], providers: PROVIDERS, exports: PROVIDERS })
export class ConnectedSystemsModule implements OnModuleInit {
  constructor(
    private readonly webhook: WebhookConnector,
    private readonly email: EmailConnector,
    private readonly manual: ManualConnector,
    private readonly googleAnalytics: GoogleAnalyticsConnector,
    @Optional() private readonly registry?: ConnectorRegistry,
  ) {}

  /** Puts these kinds into the application's registry, beside the built-in postgres connector. */
  onModuleInit(): void {
    for (const connector of [this.webhook, this.email, this.manual, this.googleAnalytics]) {
      this.registry?.register(connector);
    }
  }
}
