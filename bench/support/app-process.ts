/**
 * The api or the worker in a process of its own, from the working tree's sources, configured
 * from the environment as `npm start` is (BENCH_APP=api|worker). Prints `ready` once it serves.
 * Run by bench/support/processes.ts.
 */
import 'reflect-metadata';
import { loadConfig } from '@dsar/config';
import { createApiApp } from '../../apps/api/src/create-app.js';
import { createWorker } from '../../apps/worker/src/create-worker.js';

const config = loadConfig(process.env);
if (process.env.BENCH_APP === 'api') {
  const api = await createApiApp(config);
  await api.listen(config.port, '127.0.0.1');
} else if (process.env.BENCH_APP === 'worker') {
  await createWorker(config);
} else {
  throw new Error('BENCH_APP must be api or worker');
}
process.stdout.write('ready\n');
