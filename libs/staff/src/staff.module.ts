import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { BootAdmin } from './boot-admin.service.js';
import { LoginThrottle } from './login-throttle.service.js';
import { PasswordCheckGate } from './password-check-gate.js';
import { StaffAccounts } from './staff-accounts.service.js';
import { StaffAuthGuard } from './staff-auth.guard.js';
import { StaffSessions } from './staff-sessions.service.js';

/** Staff accounts, sessions and the global guard that protects every admin route. */
@Module({
  providers: [
    StaffAccounts,
    StaffSessions,
    LoginThrottle,
    { provide: PasswordCheckGate, useFactory: () => new PasswordCheckGate() },
    BootAdmin,
    { provide: APP_GUARD, useClass: StaffAuthGuard },
  ],
  exports: [StaffAccounts, StaffSessions, PasswordCheckGate],
})
export class StaffModule {}
