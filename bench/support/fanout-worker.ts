/**
 * One worker process for the benches: the worker (@dsar/core through the harness's
 * startTestWorker) on the bench's systems (same ids), its database and Redis, given as JSON in
 * BENCH_WORKER. Prints `ready` once it takes jobs; SIGTERM closes it.
 * Run by bench/support/processes.ts: node --import ./bench/support/register-ts.mjs bench/support/fanout-worker.ts
 */
import 'reflect-metadata';
import pg from 'pg';
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
// Every statement sent to the product's database, counted (the bench divides by its store tasks):
// round trips are what the hot path is measured in. BENCH_SQL_TRACE=1 also prints the commonest.
const statements = new Map<string, number>();
let sent = 0;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (this.database === new URL(spec.config.databaseUrl).pathname.slice(1)) {
    sent += 1;
    if (process.env.BENCH_SQL_TRACE) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string }).text;
      const key = String(text).replace(/\s+/g, ' ').slice(0, 90);
      statements.set(key, (statements.get(key) ?? 0) + 1);
    }
  }
  return query.apply(this, args);
} as never;
const systems = new InMemorySystems();
for (const system of spec.systems) systems.systems.set(system.id, system);
const connector = new SqlTestConnector(spec.companyUrl);
// The registry reads the bench's systems and runs the SQL test connector (as the tests do).
const app = await startTestWorker(spec.config, fakeSystems(systems, [connector]));
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  process.stdout.write(`sql ${sent}\n`);
  if (process.env.BENCH_SQL_TRACE)
    for (const [text, n] of [...statements].sort((a, b) => b[1] - a[1]).slice(0, 40))
      process.stderr.write(`${String(n).padStart(7)}  ${text}\n`);
  void app
    .close()
    .then(() => connector.close())
    .finally(() => process.exit(0));
});
