export * from './errors/domain-error.js';
export * from './lifecycle/request-status.js';
export * from './lifecycle/lifecycle.js';
export * from './clocks/jurisdictions.js';
export * from './clocks/deadlines.js';
export * from './identities/identities.js';
export * from './connectors/connector-result.js';
