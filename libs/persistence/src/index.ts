export * from './entities/index.js';
export * from './migrations/index.js';
export * from './data-source.js';
export * from './database.module.js';
export * from './audit/audit-trail.js';
export * from './audit/audit-hash.js';
export * from './audit/audit-export.js';
export * from './prepared-statements.js';
