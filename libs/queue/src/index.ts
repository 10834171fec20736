export * from './queues.js';
export * from './redis-connection.js';
export * from './queue-connection.js';
export * from './queue-probe.js';
export * from './queue.module.js';
export * from './rate-limiter.js';
export * from './in-process-rate-limiter.js';
