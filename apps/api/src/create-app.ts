import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { AppModule } from './app.module.js';
import { ErrorFilter } from './http/error.filter.js';
import { InputGuard } from './http/input.guard.js';
import { setupOpenApi } from './openapi/openapi.js';
import { securityHeaders } from './security-headers.js';

/** Routes served at the root rather than under `/api` (the pages behind the mail links). */
export const OUTSIDE_API_PREFIX = [
  'verify',
  'status',
  'status/cancel',
  'download',
  // Global Privacy Control's support resource lives where the spec puts it.
  '.well-known/gpc.json',
  // One pattern for the list and each mail: two would run the request logger twice.
  'dev/mailbox{/*path}',
] as const;

/** Body size cap for every JSON body; larger ones get 413. A bulk decision of 2,000 ids is ~80 KB. */
export const MAX_BODY_BYTES = 128 * 1024;

/**
 * Builds the HTTP application; `main.ts`, the embedded mode and the tests share it. The embedded
 * mode handles signals itself, so that its database closes after both applications.
 */
export async function createApiApp(
  config?: AppConfig,
  options: { shutdownHooks?: boolean } = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    await AppModule.register(config),
    new ExpressAdapter(strictExpress()),
    {
      bufferLogs: true,
      bodyParser: false,
      // Webhook callbacks are verified over the exact bytes received (req.rawBody).
      rawBody: true,
    },
  );
  const settings = app.get<AppConfig>(APP_CONFIG);
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: MAX_BODY_BYTES });
  app.useBodyParser('urlencoded', { limit: MAX_BODY_BYTES, extended: false });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.setGlobalPrefix('api', { exclude: [...OUTSIDE_API_PREFIX] });
  app.useGlobalFilters(new ErrorFilter());
  app.useGlobalGuards(new InputGuard());
  // Same-origin by default: no CORS headers at all unless CORS_ORIGINS names the origins.
  if (settings.corsOrigins.length > 0) {
    app.enableCors({
      origin: settings.corsOrigins,
      exposedHeaders: ['Content-Range', 'Retry-After'],
    });
  }
  if (options.shutdownHooks ?? true) app.enableShutdownHooks();
  if (settings.apiDocs) setupOpenApi(app);
  return app;
}

/**
 * Express matches paths case-insensitively and ignores a trailing slash unless told otherwise;
 * a route then answers to spellings nobody wrote (`/API/ADMIN/requests`). Strict routing gives
 * every route exactly one spelling. The router reads these settings once, when first touched,
 * so they are set on a fresh instance before Nest or any module sees it.
 */
function strictExpress(): express.Express {
  const instance = express();
  instance.set('case sensitive routing', true);
  instance.set('strict routing', true);
  // First of all, so every answer carries the headers (the UI pages and 404s included).
  instance.use(securityHeaders());
  return instance;
}
