import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { StaffAccounts } from './staff-accounts.service.js';

/** ADMIN_EMAIL / ADMIN_PASSWORD: an admin is created at boot when that e-mail has no account. */
@Injectable()
export class BootAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(BootAdmin.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: StaffAccounts,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    if (await this.accounts.ensureAdmin(adminEmail, adminPassword)) {
      this.logger.log('created the admin account named by ADMIN_EMAIL');
    }
  }
}
