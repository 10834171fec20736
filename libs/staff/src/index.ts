export * from './roles.js';
export * from './passwords.js';
export * from './staff-accounts.service.js';
export * from './staff-sessions.service.js';
export * from './login-throttle.service.js';
export * from './staff-auth.guard.js';
export * from './staff.module.js';
export * from './cli/staff-cli.js';
