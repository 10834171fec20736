import { type DynamicModule, Module } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfigModule, type AppConfig, loggerParams } from '@dsar/config';
import { assertComplete, compositionOf } from './boot/boot-checks.js';
import { PRODUCT_NEEDS } from './boot/product-needs.js';
import { JobsModule } from './jobs/jobs.module.js';
import { PRODUCT_MODULES } from './product-modules.js';

/** Checks the composition once its providers are known and before any of them starts. */
class BootChecks {}

export interface CoreOptions {
  /** Given by tests and the embedded mode; otherwise the environment is read and validated. */
  config?: AppConfig;
  /** The worker: every processor, and the boot checks that each job has one. */
  runsJobs?: boolean;
}

/**
 * The one composition root: the api (`AppModule`), the worker (`createWorker`), the embedded
 * mode (through both) and the test harness (@dsar/testing) all start from it. Its boot stops when
 * a port of PRODUCT_NEEDS has no provider or, where jobs run, a job has no processor.
 */
@Module({})
export class CoreModule {
  static async register(options: CoreOptions = {}): Promise<DynamicModule> {
    const runsJobs = options.runsJobs ?? false;
    return {
      module: CoreModule,
      imports: [
        options.config
          ? AppConfigModule.withConfig(options.config)
          : await AppConfigModule.forRoot(),
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (appConfig: AppConfig) => loggerParams(appConfig),
        }),
        ...PRODUCT_MODULES,
        ...(runsJobs ? [JobsModule] : []),
      ],
      providers: [
        {
          provide: BootChecks,
          inject: [ModulesContainer],
          useFactory: (modules: ModulesContainer) => {
            assertComplete(compositionOf(modules), PRODUCT_NEEDS, runsJobs);
            return new BootChecks();
          },
        },
      ],
    };
  }
}
