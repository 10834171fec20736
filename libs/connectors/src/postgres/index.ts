export * from './dataset-map.schema.js';
export * from './postgres.connector.js';
export { postgresDialect } from './postgres.dialect.js';
