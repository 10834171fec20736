import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@dsar/config';
import { WorkerModule } from './worker.module.js';

/** The worker: an application context running the BullMQ processors; main, the embedded mode and tests share it. */
export async function createWorker(
  config?: AppConfig,
  options: { shutdownHooks?: boolean } = {},
): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(await WorkerModule.register(config), {
    bufferLogs: true,
  });
  worker.useLogger(worker.get(Logger));
  if (options.shutdownHooks ?? true) worker.enableShutdownHooks();
  return worker;
}
