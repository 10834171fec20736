export * from './dataset-map.schema.js';
export * from './erasure-plan.js';
export * from './walk-plan.js';
export * from './sql.connector.js';
export type { SqlDialect, SqlSession } from './dialect.js';
