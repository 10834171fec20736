import { describe, expect, it } from '@jest/globals';
import { ConfigValidationError, KNOWN_SETTING_KEYS, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies the defaults of DESIGN.md', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/dsar',
      redisUrl: 'redis://127.0.0.1:6379',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      smtpUrl: null,
      dataDir: './data',
      intakeRateLimit: 10,
      controllerTimezone: 'UTC',
      embedded: false,
      seedDemo: true,
      usingDevelopmentSecret: true,
    });
  });

  it('lists every bad key in one error', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'abc',
        CONTROLLER_TIMEZONE: 'Mars/Olympus',
        REDIS_URL: 'http://x',
        SEED_DEMO: 'maybe',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    const keys = (error as ConfigValidationError).problems.map((problem) => problem.key).sort();
    expect(keys).toEqual(['CONTROLLER_TIMEZONE', 'PORT', 'REDIS_URL', 'SEED_DEMO']);
    expect((error as Error).message).toContain('CONTROLLER_TIMEZONE');
  });

  it('names each OUTBOUND_ALLOWLIST entry that is not a host, an address or a CIDR', () => {
    expect(() =>
      loadConfig({ OUTBOUND_ALLOWLIST: 'hooks.internal, 10.0.0.0/8, 10.0.0.0/33, not a host' }),
    ).toThrow(
      /OUTBOUND_ALLOWLIST: 10\.0\.0\.0\/33 is not a host name, an IP address or a CIDR; not a host is not/,
    );
    expect(
      loadConfig({ OUTBOUND_ALLOWLIST: 'hooks.internal, 10.0.0.0/8, ::1' }).outboundAllowlist,
    ).toEqual(['hooks.internal', '10.0.0.0/8', '::1', '127.0.0.1']);
  });

  it('reads CORS_ORIGINS as exact origins and refuses anything else', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: 'https://admin.example.com, http://localhost:5173' }).corsOrigins,
    ).toEqual(['https://admin.example.com', 'http://localhost:5173']);
    expect(() =>
      loadConfig({
        CORS_ORIGINS: 'https://ok.example, *, https://x.example/path, ftp://f.example',
      }),
    ).toThrow(/CORS_ORIGINS: not an origin .*: \*, https:\/\/x\.example\/path, ftp:\/\/f\.example/);
  });

  it('serves the API docs outside production, and in production only with API_DOCS=true', () => {
    const production = {
      NODE_ENV: 'production',
      APP_SECRET: 'x'.repeat(32),
      CONTROLLER_TIMEZONE: 'UTC',
    };
    expect(loadConfig({}).apiDocs).toBe(true);
    expect(loadConfig(production).apiDocs).toBe(false);
    expect(loadConfig({ ...production, API_DOCS: 'true' }).apiDocs).toBe(true);
  });

  it("lets the demo reach its company databases on the product's own database host", () => {
    const env = { DATABASE_URL: 'postgres://dsar@postgres:5432/dsar' };
    expect(loadConfig({ ...env, SEED_DEMO: 'true' }).outboundAllowlist).toEqual([
      '127.0.0.1',
      'postgres',
    ]);
    expect(loadConfig({ ...env, SEED_DEMO: 'false' }).outboundAllowlist).toEqual([]);
  });

  it('requires APP_SECRET in production and pairs ADMIN_EMAIL with ADMIN_PASSWORD', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_SECRET/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'root@example.com' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('requires CONTROLLER_TIMEZONE in production, naming it', () => {
    const production = { NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig(production)).toThrow(/CONTROLLER_TIMEZONE: is required in production/);
    expect(loadConfig({ ...production, CONTROLLER_TIMEZONE: 'Europe/Berlin' })).toMatchObject({
      controllerTimezone: 'Europe/Berlin',
      controllerCountry: null,
      controllerRegion: null,
    });
  });

  it('takes the controller country and region whose public holidays count', () => {
    expect(loadConfig({ CONTROLLER_COUNTRY: 'us', CONTROLLER_REGION: 'us-ca' })).toMatchObject({
      controllerCountry: 'US',
      controllerRegion: 'US-CA',
    });
    expect(loadConfig({ CONTROLLER_COUNTRY: 'DE', CONTROLLER_REGION: 'BY' }).controllerRegion).toBe(
      'BY',
    );
  });

  it.each([
    [{ CONTROLLER_COUNTRY: 'XX' }, 'CONTROLLER_COUNTRY'],
    [{ CONTROLLER_COUNTRY: 'Germany' }, 'CONTROLLER_COUNTRY'],
    [{ CONTROLLER_REGION: 'US-CA' }, 'CONTROLLER_REGION'],
    [{ CONTROLLER_COUNTRY: 'DE', CONTROLLER_REGION: 'US-CA' }, 'CONTROLLER_REGION'],
    [{ CONTROLLER_COUNTRY: 'DE', CONTROLLER_REGION: 'ZZ' }, 'CONTROLLER_REGION'],
  ])('refuses an unknown holiday calendar %o, naming %s', (env, key) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigValidationError);
    expect((error as ConfigValidationError).problems.map((problem) => problem.key)).toEqual([key]);
  });

  it('knows every key of the contract', () => {
    for (const key of [
      'DATABASE_URL',
      'REDIS_URL',
      'PORT',
      'PUBLIC_URL',
      'SMTP_URL',
      'DATA_DIR',
      'APP_SECRET',
      'ADMIN_EMAIL',
      'ADMIN_PASSWORD',
      'SEED_DEMO',
      'OUTBOUND_ALLOWLIST',
      'INTAKE_RATE_LIMIT',
      'CONTROLLER_TIMEZONE',
      'CONTROLLER_COUNTRY',
      'CONTROLLER_REGION',
      'EMBEDDED',
    ]) {
      expect(KNOWN_SETTING_KEYS).toContain(key);
    }
  });

  it('derives QUEUE_PREFIX from the database name and refuses one with a colon', () => {
    expect(loadConfig({}).queuePrefix).toBe('dsar');
    expect(
      loadConfig({ DATABASE_URL: 'postgres://u@db.internal:5432/dsar_staging?sslmode=require' })
        .queuePrefix,
    ).toBe('dsar_staging');
    expect(loadConfig({ QUEUE_PREFIX: 'prod-eu.1' }).queuePrefix).toBe('prod-eu.1');
    expect(() => loadConfig({ QUEUE_PREFIX: 'bull:prod' })).toThrow(/QUEUE_PREFIX: must be/);
    expect(loadConfig({}).queueCommandTimeoutMs).toBe(1000);
  });

  it('takes the name of the cookie carrying the browser id and refuses one no browser sends', () => {
    expect(loadConfig({}).gpcBrowserIdCookie).toBeNull();
    expect(loadConfig({ GPC_BROWSER_ID_COOKIE: ' _ga_id ' }).gpcBrowserIdCookie).toBe('_ga_id');
    for (const bad of ['visitor id', 'a=b', 'x;y', 'ä', 'a,b', 'x'.repeat(129)]) {
      expect(() => loadConfig({ GPC_BROWSER_ID_COOKIE: bad })).toThrow(
        /GPC_BROWSER_ID_COOKIE: must be a cookie name/,
      );
    }
  });
});
