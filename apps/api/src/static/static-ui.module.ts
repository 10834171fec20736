import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { Inject, Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { SettingsService } from '@dsar/settings';
import { cacheControlFor, pickEncoding } from './asset-encoding.js';
import { brandedIndex, browserIdCookie, gpcIndex, zonedIndex } from './ui-branding.js';
import { uiTarget } from './ui-routes.js';

/** The repository root: this file sits in apps/api/src/static (tests) or apps/api/dist/static. */
const ROOT = new URL('../../../../', import.meta.url).pathname;
export const UI_DIST = {
  admin: join(ROOT, 'apps/admin/dist'),
  'privacy-center': join(ROOT, 'apps/privacy-center/dist'),
} as const;

const CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  // MUI (emotion) writes its styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function securityHeaders(response: Response): void {
  response.setHeader('Content-Security-Policy', CSP);
  // The mail links carry tokens in the query: never leak them in a Referer.
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Content-Type-Options', 'nosniff');
}

function notBuilt(response: Response, ui: string): void {
  response
    .status(503)
    .type('text/plain')
    .send(`The ${ui} UI is not built yet: run \`node scripts/build-ui.mjs\` (npm start does).`);
}

/**
 * Serves the built admin UI at `/admin` (SPA fallback) and the privacy center at `/`, `/verify`,
 * `/status`, `/download`. Mounted on the HTTP adapter when the module is created, so it runs
 * before the routes; it answers only the GETs `uiTarget` names and passes on everything else.
 */
/**
 * Sends a built file: its precompressed variant when the client takes one (build-ui.mjs writes
 * `.br` and `.gz` beside each asset), cached for a year when its name carries a content hash.
 */
function sendAsset(request: Request, response: Response, file: string, relative: string): void {
  const encoding = pickEncoding(request.headers['accept-encoding'], (suffix) =>
    existsSync(file + suffix),
  );
  response.setHeader('Cache-Control', cacheControlFor(relative));
  response.setHeader('Vary', 'Accept-Encoding');
  response.type(extname(file));
  if (encoding) response.setHeader('Content-Encoding', encoding.name);
  // The type is set above, so `send` keeps it for the `.br`/`.gz` file.
  response.sendFile(encoding ? file + encoding.suffix : file, { cacheControl: false });
}

/**
 * Serves the built admin UI at `/admin` (SPA fallback) and the privacy center at `/`, `/verify`,
 * `/status`, `/download`. Mounted on the HTTP adapter when the module is created, so it runs
 * before the routes; it answers only the GETs `uiTarget` names and passes on everything else.
 * The admin's index.html carries the controller's name and zone (from the settings and config),
 * the privacy center's the zone and, for a browser sending GPC, its signal and browser id.
 */
@Module({})
export class StaticUiModule {
  constructor(
    adapterHost: HttpAdapterHost,
    settings: SettingsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const indexPage = async (ui: 'admin' | 'privacy-center', index: string, request: Request) => {
      const html = readFileSync(index, 'utf8');
      if (ui !== 'admin') {
        return gpcIndex(
          zonedIndex(html, config.controllerTimezone),
          request.headers['sec-gpc'],
          browserIdCookie(request.headers.cookie, config.gpcBrowserIdCookie),
        );
      }
      const { controllerName } = await settings.get();
      return brandedIndex(html, { controllerName, controllerTimezone: config.controllerTimezone });
    };
    adapterHost.httpAdapter.use((request: Request, response: Response, next: NextFunction) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return next();
      // Browsers ask for text/html by name; curl's `*/*` gets the package itself at /download.
      const target = uiTarget(
        request.path,
        request.query,
        /text\/html/.test(request.headers.accept ?? ''),
      );
      if (!target) return next();
      const dir = UI_DIST[target.ui];
      const index = join(dir, 'index.html');
      if (!existsSync(index)) return notBuilt(response, target.ui);
      securityHeaders(response);
      const file = normalize(join(dir, target.file));
      const isAsset =
        target.file !== 'index.html' && file.startsWith(dir + sep) && existsSync(file);
      if (isAsset) return sendAsset(request, response, file, target.file);
      if (target.file.startsWith('assets/')) return next(); // a missing asset is a 404, not the page
      indexPage(target.ui, index, request).then(
        (html) => {
          response.setHeader('Cache-Control', 'no-cache');
          // The privacy center's page differs with the browser's GPC signal (and its browser id).
          if (target.ui === 'privacy-center') {
            response.setHeader('Vary', config.gpcBrowserIdCookie ? 'Sec-GPC, Cookie' : 'Sec-GPC');
          }
          response.type('html').send(html);
        },
        (error: unknown) => next(error),
      );
    });
  }
}
