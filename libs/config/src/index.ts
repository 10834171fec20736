export * from './app-config.js';
export * from './config.module.js';
export { environmentSchema } from './config.schema.js';
export { loggerParams } from './logger-params.js';
export { safeError, scrubMessage } from './safe-error.js';
