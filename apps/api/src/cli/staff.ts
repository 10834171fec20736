import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigValidationError, loadConfig } from '@dsar/config';
import { DomainError } from '@dsar/domain';
import { dataSourceOptions, migrate } from '@dsar/persistence';
import { runStaffCli, StaffAccounts, StaffCliError } from '@dsar/staff';

/** `npm run staff -- create|disable|enable|reset-password …`: manages staff accounts. */
let dataSource: DataSource | null = null;
try {
  const config = loadConfig();
  await migrate(config.databaseUrl);
  dataSource = await new DataSource(dataSourceOptions(config.databaseUrl)).initialize();
  for (const line of await runStaffCli(process.argv.slice(2), new StaffAccounts(dataSource))) {
    console.log(line);
  }
} catch (error) {
  const known =
    error instanceof ConfigValidationError ||
    error instanceof StaffCliError ||
    error instanceof DomainError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(known ? (error as Error).message : error);
  process.exitCode = 1;
} finally {
  await dataSource?.destroy();
}
