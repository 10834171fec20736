import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { freePort } from '@dsar/embedded';
import type { AppConfig } from '@dsar/config';
import { createApiApp } from '../../apps/api/src/create-app.js';
import { createWorker } from '../../apps/worker/src/create-worker.js';
import {
  createTestDatabase,
  PrivateRedis,
  SmtpSink,
  testConfig,
  type TestDatabase,
} from '@dsar/testing';

export interface TestStack {
  config: AppConfig;
  database: TestDatabase;
  redis: PrivateRedis;
  smtp: SmtpSink;
  api: INestApplication;
  worker: INestApplicationContext | null;
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * The real thing in one process: a database of its own, a redis-server of its own, an SMTP sink,
 * the api on a random port and (unless `worker: false`) a worker.
 */
export async function startTestStack(
  options: {
    env?: Record<string, string>;
    worker?: boolean;
    /** Where api and worker log (a test reading its own logs); stdout otherwise. */
    logDestination?: AppConfig['logDestination'];
  } = {},
): Promise<TestStack> {
  const database = await createTestDatabase();
  const redis = await new PrivateRedis().start();
  const smtp = await new SmtpSink().start();
  // Links in mails and callback URLs must point at this api, so its port is chosen first.
  const port = await freePort();
  const config = testConfig({
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    ...options.env,
  });
  if (options.logDestination) config.logDestination = options.logDestination;
  const api = await createApiApp(config);
  await api.listen(port, '127.0.0.1');
  const worker = options.worker === false ? null : await createWorker(config);
  return {
    config,
    database,
    redis,
    smtp,
    api,
    worker,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await worker?.close();
      await api.close();
      await smtp.stop();
      await redis.stop();
      await database.drop();
    },
  };
}

/** The first link in a mail's text that points at `path` (e.g. `/verify`), and its token. */
export function linkToken(text: string, path: string): string {
  const match = new RegExp(`${path.replace('/', '\\/')}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in mail:\n${text}`);
  return match[1];
}
