import { Module } from '@nestjs/common';
import { SettingsModule } from '@dsar/settings';
import { AccessPackages } from './access-packages.service.js';
import { FileVault } from './crypto/file-vault.js';
import { fileVaultProvider } from './file-vault.provider.js';
import { PackageBuilder } from './package-builder.service.js';

@Module({
  imports: [SettingsModule],
  providers: [fileVaultProvider, PackageBuilder, AccessPackages],
  exports: [FileVault, PackageBuilder, AccessPackages],
})
export class PackagesModule {}
