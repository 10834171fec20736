export * from './settings.schema.js';
export * from './settings.service.js';
export * from './settings.module.js';
