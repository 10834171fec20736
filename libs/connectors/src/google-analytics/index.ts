export * from './google-analytics-settings.js';
export * from './service-account-token.js';
export * from './google-analytics.connector.js';
