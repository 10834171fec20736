export * from './connector.js';
