import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@dsar/config';
import { AppModule } from './app.module.js';
import { ErrorFilter } from './http/error.filter.js';
import { InputGuard } from './http/input.guard.js';
import { setupOpenApi } from './openapi/openapi.js';

/** Body size cap for every JSON body; larger ones get 413. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Builds the HTTP application; `main.ts`, the embedded mode and the tests share it. The embedded
 * mode handles signals itself, so that its database closes after both applications.
 */
export async function createApiApp(
  config?: AppConfig,
  options: { shutdownHooks?: boolean } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(await AppModule.register(config), {
    bufferLogs: true,
    bodyParser: false,
    // Webhook callbacks are verified over the exact bytes received (req.rawBody).
    rawBody: true,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.useBodyParser('urlencoded', { limit: MAX_BODY_BYTES, extended: false });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.setGlobalPrefix('api', {
    exclude: [
      'verify',
      'status',
      'status/cancel',
      'download',
      'dev/mailbox',
      'dev/mailbox/{*path}',
    ],
  });
  app.useGlobalFilters(new ErrorFilter());
  app.useGlobalGuards(new InputGuard());
  app.enableCors({ exposedHeaders: ['Content-Range', 'Retry-After'] });
  if (options.shutdownHooks ?? true) app.enableShutdownHooks();
  setupOpenApi(app);
  return app;
}
