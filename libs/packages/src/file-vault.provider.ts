import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { FileVault } from './crypto/file-vault.js';

/** The DATA_DIR vault shared by spools, packages and task attachments (one per application). */
export const fileVaultProvider: Provider = {
  provide: FileVault,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new FileVault(config.dataDir, config.appSecret),
};
