export * from './act-on-receipt.service.js';
export * from './auto-approval.service.js';
export * from './request-decisions.service.js';
export * from './bulk-decisions.service.js';
export * from './staff-intake.service.js';
export * from './decisions.module.js';
export * from './part-refusals.service.js';
export * from './objection-decisions.service.js';
