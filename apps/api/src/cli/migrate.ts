import { ConfigValidationError, loadConfig } from '@dsar/config';
import { migrate } from '@dsar/persistence';

/** `npm run migrate` (and `npm start`): applies pending migrations, creating the database if missing. */
try {
  const config = loadConfig();
  const applied = await migrate(config.databaseUrl);
  console.log(
    applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date',
  );
} catch (error) {
  console.error(error instanceof ConfigValidationError ? error.message : error);
  process.exit(1);
}
