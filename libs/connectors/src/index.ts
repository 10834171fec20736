export * from './sql/index.js';
export * from './postgres/index.js';
export * from './mysql/index.js';
export * from './webhook/index.js';
export * from './email/index.js';
export * from './manual/index.js';
export * from './google-analytics/index.js';
export * from './connected-systems.module.js';
