export * from './connector-registry.js';
export * from './connector-registry.module.js';
