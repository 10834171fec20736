export * from './processor-mail.js';
export * from './email.connector.js';
export * from './processor-reminders.service.js';
export * from './processor-cancellations.service.js';
export * from './processor-disclosure.js';
