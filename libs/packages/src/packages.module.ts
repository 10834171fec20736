import { Module } from '@nestjs/common';
import { SettingsModule } from '@dsar/settings';
import { AccessPackages } from './access-packages.service.js';
import { fileVaultProvider, FILE_VAULT } from './file-vault.provider.js';
import { PackageBuilder } from './package-builder.service.js';

@Module({
  imports: [SettingsModule],
  providers: [fileVaultProvider, PackageBuilder, AccessPackages],
  exports: [FILE_VAULT, PackageBuilder, AccessPackages],
})
export class PackagesModule {}
