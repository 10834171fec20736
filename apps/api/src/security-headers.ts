import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The policy of every answer the api builds itself (JSON, the `/download` error page, the dev
 * mailbox, Swagger UI). Scripts come from our own origin only; inline styles are allowed for the
 * server-rendered pages' `<style>` blocks. The built UIs (apps/api/src/static) set their own CSP
 * on top, suited to their bundles.
 */
export const API_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * helmet on every answer: CSP, nosniff, no framing, no Referer (the mail links carry tokens in
 * the query). No `upgrade-insecure-requests`: a deployment on plain HTTP (loopback, a LAN) would
 * lose its own scripts. HSTS without subdomains: the api does not own its parent domain.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: { maxAge: 365 * 24 * 3600, includeSubDomains: false },
  });
}
