import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { FileVault } from './crypto/file-vault.js';

/** Injection token of the DATA_DIR vault shared by spools and packages. */
export const FILE_VAULT = Symbol('FILE_VAULT');

export const fileVaultProvider: Provider = {
  provide: FILE_VAULT,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new FileVault(config.dataDir, config.appSecret),
};
