import { Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { MailModule } from '@dsar/mail';
import { PackagesModule } from '@dsar/packages';
import { SettingsModule } from '@dsar/settings';
import { ConnectorRegistry, SystemsModule } from '@dsar/systems';
import { WebhooksModule } from '@dsar/webhooks';
import { EmailConnector } from './email/email.connector.js';
import { ProcessorReminders } from './email/processor-reminders.service.js';
import { ProcessorCancellations } from './email/processor-cancellations.service.js';
import { ManualConnector } from './manual/manual.connector.js';
import { TaskOutcomes } from './manual/task-outcomes.js';
import { TaskAttachments } from './manual/task-attachments.service.js';
import { WebhookConnector } from './webhook/webhook.connector.js';
import { GoogleAnalyticsConnector } from './google-analytics/google-analytics.connector.js';
import { MysqlConnector } from './mysql/mysql.connector.js';
import { PostgresConnector } from './postgres/postgres.connector.js';
import { endPostgresPools } from './postgres/postgres.dialect.js';

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
 * Every connector kind, put into the registry of libs/systems when the module starts: the SQL
 * kinds, and the webhook, e-mail, manual and Google Analytics connectors as Nest providers (they
 * need the database, the mail outbox, the file vault and the webhook services).
 */
@Module({
  imports: [MailModule, SettingsModule, PackagesModule, SystemsModule, WebhooksModule],
  providers: PROVIDERS,
  exports: PROVIDERS,
})
export class ConnectedSystemsModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    private readonly webhook: WebhookConnector,
    private readonly email: EmailConnector,
    private readonly manual: ManualConnector,
    private readonly googleAnalytics: GoogleAnalyticsConnector,
    private readonly registry: ConnectorRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const sql = [new PostgresConnector(this.config), new MysqlConnector(this.config)];
    for (const connector of [...sql, this.webhook, this.email, this.manual, this.googleAnalytics])
      this.registry.register(connector);
  }

  /** The company databases' pooled connections close with the process. */
  onApplicationShutdown(): Promise<void> {
    return endPostgresPools();
  }
}
