import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfigModule, type AppConfig } from '@dsar/config';
import { DatabaseModule } from '@dsar/persistence';
import { QueueModule } from '@dsar/queue';
import { DevMailboxModule } from './dev-mailbox/dev-mailbox.module.js';
import { HealthModule } from './health/health.module.js';
import { SubjectPagesModule } from './pages/subject-pages.module.js';
import { PublicRequestsModule } from './public/public-requests.module.js';

/** Feature modules of the api; each issue's module is listed here once. */
const FEATURE_MODULES = [HealthModule, PublicRequestsModule, SubjectPagesModule, DevMailboxModule];

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
          useFactory: (appConfig: AppConfig) => ({
            pinoHttp: {
              level: appConfig.logLevel,
              autoLogging: appConfig.nodeEnv !== 'test',
              redact: ['req.headers.authorization', 'req.headers.cookie'],
              // Query strings carry link tokens: log the path only.
              serializers: {
                req: (req: { id: unknown; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  path: req.url.split('?')[0],
                }),
              },
            },
          }),
        }),
        DatabaseModule,
        QueueModule,
        ...FEATURE_MODULES,
      ],
    };
  }
}
