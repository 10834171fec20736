import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@dsar/config';
import { CoreModule } from '@dsar/core';

/**
 * The worker: the composition root with its processors (CoreModule, `runsJobs`), as an
 * application context; main and the embedded mode share it, the tests start it from @dsar/testing.
 */
export async function createWorker(
  config?: AppConfig,
  options: { shutdownHooks?: boolean } = {},
): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(
    await CoreModule.register({ config, runsJobs: true }),
    { bufferLogs: true },
  );
  worker.useLogger(worker.get(Logger));
  if (options.shutdownHooks ?? true) worker.enableShutdownHooks();
  return worker;
}
