// The embedded mode: PostgreSQL (PGlite) and the queue started by this process, then the api and
// the worker run inside it too. For evaluation; production runs the real servers (README).
import 'reflect-metadata';
import { loadConfig } from '@dsar/config';
import { startEmbeddedServices } from '@dsar/embedded';
import { migrate } from '@dsar/persistence';

const root = new URL('..', import.meta.url).pathname;

export async function runEmbedded(initialConfig, reason) {
  console.log(
    `Embedded mode (${reason}): for evaluation only; data kept under ${initialConfig.dataDir}`,
  );
  const services = await startEmbeddedServices(initialConfig, process.env.PATH ?? '');
  for (const line of services.summary) console.log(`  ${line}`);
  // The api and the worker read their settings again, now pointing at the embedded servers.
  // EMBEDDED=true tells the api it runs embedded (the demo then stays Node-only: no MariaDB).
  Object.assign(process.env, services.settings, { EMBEDDED: 'true' });
  const config = loadConfig();
  const applied = await migrate(config.databaseUrl);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);

  const { createApiApp } = await import(`${root}apps/api/dist/create-app.js`);
  const { createWorker } = await import(`${root}apps/worker/dist/create-worker.js`);
  const worker = await createWorker(config, { shutdownHooks: false });
  const api = await createApiApp(config, { shutdownHooks: false });
  await api.listen(config.port);
  if (config.usingDevelopmentSecret) {
    console.warn('WARNING: APP_SECRET is not set; using the development secret.');
  }
  console.log(`DSAR api and worker running embedded on ${config.publicUrl}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    // The database closes last, after everything that writes to it.
    await api.close();
    await worker.close();
    await services.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
