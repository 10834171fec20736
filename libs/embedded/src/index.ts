export * from './run-mode.js';
export * from './detect-run-mode.js';
export * from './embedded-postgres.js';
export * from './embedded-redis.js';
export * from './embedded-services.js';
