/**
 * One fan-out worker process for the benches: the worker's fan-out module on the harness's test
 * systems (same ids), its database and Redis, given as JSON in BENCH_WORKER. Prints `ready` once
 * it takes jobs; SIGTERM closes it.
 * Run by bench/support/processes.ts: node --import ./bench/support/register-ts.mjs bench/support/fanout-worker.ts
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfigModule, type AppConfig } from '@dsar/config';
import { DatabaseModule } from '@dsar/persistence';
import { MailModule } from '@dsar/mail';
import { QueueModule } from '@dsar/queue';
import type { SystemRecord } from '@dsar/systems';
import { SqlTestConnector } from '../../libs/fanout/src/testing/sql-test-connector.js';
import { TestSystems, testRegistryProvider } from '../../libs/fanout/src/testing/test-systems.js';
import { MailProcessor } from '../../apps/worker/src/mail/mail.processor.js';
import { FanoutWorkerModule } from '../../apps/worker/src/fanout/fanout-worker.module.js';

export interface WorkerSpec {
  config: AppConfig;
  companyUrl: string;
  systems: SystemRecord[];
}

@Module({})
class BenchWorker {}

const spec = JSON.parse(process.env.BENCH_WORKER ?? 'null') as WorkerSpec | null;
if (!spec) throw new Error('BENCH_WORKER (the worker spec as JSON) is missing');
const systems = new TestSystems();
for (const system of spec.systems) systems.systems.set(system.id, system);
const connector = new SqlTestConnector(spec.companyUrl);
const app = await NestFactory.createApplicationContext(
  {
    module: BenchWorker,
    imports: [
      AppConfigModule.withConfig(spec.config),
      DatabaseModule,
      QueueModule,
      MailModule,
      FanoutWorkerModule,
    ],
    // The registry reads the bench's systems and runs the SQL test connector (as the tests do).
    providers: [MailProcessor, testRegistryProvider(systems, connector)],
  },
  { logger: ['error'] },
);
await app.init();
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => connector.close())
    .finally(() => process.exit(0));
});
