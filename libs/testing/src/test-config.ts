import { loadConfig, type AppConfig } from '@dsar/config';

/** A validated configuration for tests: test mode, no demo seed, quiet logs. */
export function testConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    APP_SECRET: 'test-secret-0123456789-0123456789-0123456789',
    // Required in production; tests that switch NODE_ENV to production keep a zone.
    CONTROLLER_TIMEZONE: 'UTC',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    PORT: '0',
    PUBLIC_URL: 'http://localhost:3999',
    ...overrides,
  });
}
