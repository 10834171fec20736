export * from './mysql.connector.js';
export { mysqlDialect } from './mysql.dialect.js';
