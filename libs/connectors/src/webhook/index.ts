export * from './webhook-settings.js';
export * from './webhook.connector.js';
