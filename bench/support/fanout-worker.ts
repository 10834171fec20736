/**
 * One worker process for the benches: the worker (@dsar/core through the harness's
 * startTestWorker) on the bench's systems (same ids), its database and Redis, given as JSON in
 * BENCH_WORKER. Prints `ready` once it takes jobs; SIGTERM closes it.
 * Run by bench/support/processes.ts: node --import ./bench/support/register-ts.mjs bench/support/fanout-worker.ts
 */
import 'reflect-metadata';
import type { AppConfig } from '@dsar/config';
import type { SystemRecord } from '@dsar/systems';
import { fakeSystems, InMemorySystems, SqlTestConnector, startTestWorker } from '@dsar/testing';

export interface WorkerSpec {
  config: AppConfig;
  companyUrl: string;
  systems: SystemRecord[];
}

const spec = JSON.parse(process.env.BENCH_WORKER ?? 'null') as WorkerSpec | null;
if (!spec) throw new Error('BENCH_WORKER (the worker spec as JSON) is missing');
const systems = new InMemorySystems();
for (const system of spec.systems) systems.systems.set(system.id, system);
const connector = new SqlTestConnector(spec.companyUrl);
// The registry reads the bench's systems and runs the SQL test connector (as the tests do).
const app = await startTestWorker(spec.config, fakeSystems(systems, [connector]));
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => connector.close())
    .finally(() => process.exit(0));
});
