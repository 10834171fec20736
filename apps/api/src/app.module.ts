import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfigModule, type AppConfig, loggerParams } from '@dsar/config';
import { DatabaseModule } from '@dsar/persistence';
import { QueueModule } from '@dsar/queue';
import { DevMailboxModule } from './dev-mailbox/dev-mailbox.module.js';
import { HealthModule } from './health/health.module.js';
import { StaticUiModule } from './static/static-ui.module.js';
import { StatsModule } from './stats/stats.module.js';
import { PublicRequestsModule } from './public/public-requests.module.js';
import { FanoutModule } from '@dsar/fanout';
import { TasksModule } from './tasks/tasks.module.js';
import { PackagesHttpModule } from './packages/packages-http.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AdminModule } from './admin/admin.module.js';
import { WebhooksHttpModule } from './webhooks/webhooks-http.module.js';
import { DemoModule } from '@dsar/demo';
import { SystemsHttpModule } from './systems/systems-http.module.js';
import { JurisdictionsModule } from './jurisdictions/jurisdictions.module.js';
import { SignalsModule } from './signals/signals.module.js';

/** Feature modules of the api; each issue's module is listed here once. */
const FEATURE_MODULES = [
  HealthModule,
  PublicRequestsModule,
  SignalsModule,
  StaticUiModule,
  StatsModule,
  DevMailboxModule,
  FanoutModule,
  TasksModule,
  PackagesHttpModule,
  AuthModule,
  AdminModule,
  WebhooksHttpModule,
  DemoModule,
  SystemsHttpModule,
  JurisdictionsModule,
];

@Module({})
export class AppModule {
  /** `config` is given by tests; otherwise the environment is read and validated. */
  static async register(config?: AppConfig): Promise<DynamicModule> {
    return {
      module: AppModule,
      imports: [
        config ? AppConfigModule.withConfig(config) : await AppConfigModule.forRoot(),
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (appConfig: AppConfig) => loggerParams(appConfig),
        }),
        DatabaseModule,
        QueueModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
