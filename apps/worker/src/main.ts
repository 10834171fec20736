import 'reflect-metadata';
import { ConfigValidationError } from '@dsar/config';
import { createWorker } from './create-worker.js';

try {
  await createWorker();
  console.log('DSAR worker running');
} catch (error) {
  if (error instanceof ConfigValidationError) {
    console.error(error.message);
    process.exit(78);
  }
  throw error;
}
