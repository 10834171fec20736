export * from './dataset-map.schema.js';
export * from './postgres.connector.js';
export { endPostgresPools, postgresDialect } from './postgres.dialect.js';
