import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfigModule, type AppConfig, loggerParams } from '@dsar/config';
import { DatabaseModule } from '@dsar/persistence';
import { MailModule } from '@dsar/mail';
import { QueueModule } from '@dsar/queue';
import { MailProcessor } from './mail/mail.processor.js';
import { MaintenanceProcessor } from './maintenance/maintenance.processor.js';
import { MaintenanceScheduler } from './maintenance/maintenance.scheduler.js';
import { OutboxSweep } from './maintenance/outbox-sweep.service.js';
import { RequestsModule } from '@dsar/requests';
import { FanoutWorkerModule } from './fanout/fanout-worker.module.js';
import { WebhooksWorkerModule } from './webhooks/webhooks-worker.module.js';

@Module({})
export class WorkerModule {
  static async register(config?: AppConfig): Promise<DynamicModule> {
    return {
      module: WorkerModule,
      imports: [
        config ? AppConfigModule.withConfig(config) : await AppConfigModule.forRoot(),
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (appConfig: AppConfig) => loggerParams(appConfig),
        }),
        DatabaseModule,
        QueueModule,
        MailModule,
        RequestsModule,
        FanoutWorkerModule,
        WebhooksWorkerModule,
      ],
      providers: [MailProcessor, MaintenanceProcessor, MaintenanceScheduler, OutboxSweep],
    };
  }
}
