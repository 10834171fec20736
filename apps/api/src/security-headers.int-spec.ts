import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { testConfig } from '@dsar/testing';
import { startTestStack, type TestStack } from './testing/api-stack.js';
import { createApiApp } from './create-app.js';

jest.setTimeout(60_000);

const ALLOWED = 'https://admin.example.com';
const STRANGER = 'https://evil.example';

let stack: TestStack;
/** A second api on the same database and Redis, in production mode, open to one origin. */
let production: INestApplication;
let productionUrl: string;

beforeAll(async () => {
  stack = await startTestStack({ worker: false });
  production = await createApiApp(
    testConfig({
      NODE_ENV: 'production',
      DATABASE_URL: stack.config.databaseUrl,
      REDIS_URL: stack.config.redisUrl,
      SMTP_URL: stack.smtp.url,
      CORS_ORIGINS: `${ALLOWED}, http://localhost:5173`,
    }),
  );
  await production.listen(0, '127.0.0.1');
  productionUrl = await production.getUrl();
  productionUrl = productionUrl.replace('[::1]', '127.0.0.1');
});

afterAll(async () => {
  await production?.close();
  await stack?.stop();
});

const preflight = (base: string, origin: string) =>
  fetch(`${base}/api/admin/requests`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  });

describe('security headers', () => {
  it('sends CSP, nosniff, no framing and no Referer on every kind of answer', async () => {
    const kinds: [string, string, Record<string, string>][] = [
      ['JSON', '/api/health', {}],
      ['JSON error', '/api/admin/requests', {}],
      ['unknown route', '/api/no-such-thing', {}],
      ['download error page', '/download?token=not-a-token', { accept: '*/*' }],
      ['verify page', '/verify?token=x', { accept: 'text/html' }],
      ['status page', '/status?token=x', { accept: 'text/html' }],
      ['admin UI', '/admin/', { accept: 'text/html' }],
      ['API docs', '/api/docs', { accept: 'text/html' }],
    ];
    for (const [kind, path, headers] of kinds) {
      const answer = await fetch(`${stack.baseUrl}${path}`, { headers });
      await answer.arrayBuffer();
      const seen = {
        kind,
        csp: answer.headers.get('content-security-policy'),
        nosniff: answer.headers.get('x-content-type-options'),
        referrer: answer.headers.get('referrer-policy'),
      };
      expect(seen).toEqual({
        kind,
        csp: expect.stringContaining("frame-ancestors 'none'"),
        nosniff: 'nosniff',
        referrer: 'no-referrer',
      });
      expect([kind, seen.csp]).toEqual([kind, expect.stringContaining("default-src 'self'")]);
    }
    const page = await fetch(`${stack.baseUrl}/download?token=not-a-token`);
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves the API docs outside production', async () => {
    expect((await fetch(`${stack.baseUrl}/api/docs`)).status).toBe(200);
  });

  it('hides the API docs in production unless API_DOCS=true', async () => {
    expect((await fetch(`${productionUrl}/api/docs`)).status).toBe(404);
    expect((await fetch(`${productionUrl}/api/docs-json`)).status).toBe(404);
    expect((await fetch(`${productionUrl}/api/health`)).headers.get('x-content-type-options')).toBe(
      'nosniff',
    );
  });
});

describe('CORS', () => {
  it('is same-origin by default: no CORS headers, not even to a preflight', async () => {
    const answer = await preflight(stack.baseUrl, STRANGER);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-headers')).toBeNull();
    const read = await fetch(`${stack.baseUrl}/api/health`, { headers: { origin: STRANGER } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('opens the API to the origins CORS_ORIGINS names, and to those only', async () => {
    const allowed = await preflight(productionUrl, ALLOWED);
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'authorization',
    );
    const read = await fetch(`${productionUrl}/api/health`, { headers: { origin: ALLOWED } });
    expect(read.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(read.headers.get('access-control-expose-headers')).toContain('Content-Range');
    const stranger = await preflight(productionUrl, STRANGER);
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    const strangerRead = await fetch(`${productionUrl}/api/health`, {
      headers: { origin: STRANGER },
    });
    expect(strangerRead.headers.get('access-control-allow-origin')).toBeNull();
  });
});
