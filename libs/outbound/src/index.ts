export * from './address-policy.js';
export * from './resolver.js';
export * from './outbound-http.js';
