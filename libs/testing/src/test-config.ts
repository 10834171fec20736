import { loadConfig, type AppConfig } from '@dsar/config';
import { runLogDestination } from './run-log.js';

/** A validated configuration for tests: test mode, no demo seed, quiet logs into the run's log. */
export function testConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  // The whole run's logs in one file, read for secrets at its end (libs/testing/src/run-log.ts);
  // into that file at info level, so the check reads what production would log.
  const destination = runLogDestination();
  const config = loadConfig({
    NODE_ENV: 'test',
    APP_SECRET: 'test-secret-0123456789-0123456789-0123456789',
    // Required in production; tests that switch NODE_ENV to production keep a zone.
    CONTROLLER_TIMEZONE: 'UTC',
    SEED_DEMO: 'false',
    LOG_LEVEL: destination ? 'info' : 'warn',
    PORT: '0',
    PUBLIC_URL: 'http://localhost:3999',
    ...overrides,
  });
  return destination ? { ...config, logDestination: destination } : config;
}
