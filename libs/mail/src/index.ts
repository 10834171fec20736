export * from './mail-message.js';
export * from './mail-outbox.service.js';
export * from './mail-sender.service.js';
export * from './mail.module.js';
export * from './message-catalog.js';
