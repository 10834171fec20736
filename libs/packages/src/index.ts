export * from './crypto/segmented-cipher.js';
export * from './crypto/file-vault.js';
export * from './spool/access-spool.js';
export * from './zip/safe-names.js';
export * from './zip/csv-cells.js';
export * from './package-contents.js';
export * from './file-vault.provider.js';
export * from './package-builder.service.js';
export * from './access-packages.service.js';
export * from './packages.module.js';
export {
  PACKAGE_CATALOGS,
  PACKAGE_LANGUAGES,
  packageLanguage,
  type PackageKey,
  type PackageLanguage,
} from './zip/catalogs/index.js';
