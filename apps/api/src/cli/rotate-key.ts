import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { DataSource } from 'typeorm';
import { ConfigValidationError, loadConfig } from '@dsar/config';
import { dataSourceOptions, migrate } from '@dsar/persistence';
import { KeyRotationError, rotateSettingsKey } from '@dsar/systems';

/**
 * Key rotation of the encrypted system settings:
 *
 *   printf '%s\n' "$OLD_APP_SECRET" | APP_SECRET="$NEW_APP_SECRET" node apps/api/dist/cli/rotate-key.js
 *
 * The old secret comes on stdin (never in argv, which `ps` shows); the new one is the configured
 * APP_SECRET. Every sealed setting is re-sealed in one transaction; stop the api and workers
 * first, start them with the new APP_SECRET after. A re-run is harmless.
 */
async function readOldSecret(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line.trim();
  }
  return '';
}

let dataSource: DataSource | null = null;
try {
  const config = loadConfig();
  const oldSecret = await readOldSecret();
  if (!oldSecret) throw new KeyRotationError('give the old APP_SECRET on stdin');
  await migrate(config.databaseUrl);
  dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  const { systems, resealed } = await rotateSettingsKey(dataSource, oldSecret, config.appSecret);
  console.log(`Re-sealed ${resealed} secret(s) of ${systems} system(s) under the new APP_SECRET`);
} catch (error) {
  const known = error instanceof ConfigValidationError || error instanceof KeyRotationError;
  console.error(known ? (error as Error).message : error);
  process.exitCode = 1;
} finally {
  await dataSource?.destroy();
}
