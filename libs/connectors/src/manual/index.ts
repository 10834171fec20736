export * from './manual.connector.js';
export * from './task-outcomes.js';
export * from './task-attachments.service.js';
