import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import express, { type NextFunction, type Request, type Response } from 'express';
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
@Module({})
export class StaticUiModule {
  constructor(adapterHost: HttpAdapterHost) {
    const assets = {
      admin: express.static(UI_DIST.admin, { index: false, immutable: true, maxAge: '365d' }),
      'privacy-center': express.static(UI_DIST['privacy-center'], {
        index: false,
        immutable: true,
        maxAge: '365d',
      }),
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
      if (isAsset) {
        // serve-static resolves against its root: hand it the path below the UI's base.
        request.url = `/${target.file}`;
        return assets[target.ui](request, response, next);
      }
      if (target.file.startsWith('assets/')) return next(); // a missing asset is a 404, not the page
      response.setHeader('Cache-Control', 'no-cache');
      response.type('html').send(readFileSync(index));
    });
  }
}
