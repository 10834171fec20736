export * from './test-database.js';
export * from './smtp-sink.js';
export * from './private-redis.js';
export * from './test-config.js';
export * from './run-log.js';
