import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { type AppConfig, KNOWN_SETTING_KEYS, loadConfig } from './app-config.js';

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * `@nestjs/config` reads the environment (and a `.env` file when present); `loadConfig` validates
 * it once at boot, so a bad setting stops the process before anything listens.
 */
@Global()
@Module({})
export class AppConfigModule {
  static async forRoot(): Promise<DynamicModule> {
    // Throws ConfigValidationError here, before Nest starts, so the caller prints one message.
    const configModule = await ConfigModule.forRoot({
      cache: true,
      validate: (raw: Record<string, unknown>) => {
        loadConfig(raw as Record<string, string | undefined>);
        return raw;
      },
    });
    return {
      module: AppConfigModule,
      imports: [configModule],
      providers: [
        {
          provide: APP_CONFIG,
          inject: [ConfigService],
          useFactory: (config: ConfigService): AppConfig =>
            loadConfig(
              Object.fromEntries(KNOWN_SETTING_KEYS.map((key) => [key, config.get<string>(key)])),
            ),
        },
      ],
      exports: [APP_CONFIG],
    };
  }

  /** Tests and embedded mode hand in a ready configuration instead of the environment. */
  static withConfig(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}
