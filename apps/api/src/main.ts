import 'reflect-metadata';
import { APP_CONFIG, type AppConfig, ConfigValidationError } from '@dsar/config';
import { createApiApp } from './create-app.js';

try {
  const app = await createApiApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  if (config.usingDevelopmentSecret) {
    console.warn(
      'WARNING: APP_SECRET is not set; using the development secret. Never do this in production.',
    );
  }
  await app.listen(config.port);
  console.log(`DSAR api listening on ${config.publicUrl}`);
} catch (error) {
  if (error instanceof ConfigValidationError) {
    console.error(error.message);
    process.exit(78);
  }
  throw error;
}
