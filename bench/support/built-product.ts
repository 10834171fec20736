import type { ChildProcess } from 'node:child_process';
import { freePort } from '@dsar/embedded';
import { createTestDatabase, PrivateRedis, SmtpSink, type TestDatabase } from '@dsar/testing';
import { startProcess, stopProcess } from './processes.js';

/** The built product as `npm start` runs it (`npm run bench` builds first), on parts of its own. */
export interface BuiltProduct {
  baseUrl: string;
  database: TestDatabase;
  /** The api process, for benches that read its CPU time (`/proc/<pid>/stat`). */
  apiPid: number;
  stop(): Promise<void>;
}

/**
 * The api (and, unless `worker: false`, the worker) each in a process of its own, in production
 * mode, on a fresh database, redis-server and SMTP sink; `env` adds to or overrides the defaults.
 */
export async function startBuiltProduct(
  options: { worker?: boolean; env?: Record<string, string> } = {},
): Promise<BuiltProduct> {
  const database = await createTestDatabase('dsar_bench');
  const redis = await new PrivateRedis().start();
  const smtp = await new SmtpSink().start();
  const baseUrl = `http://127.0.0.1:${await freePort()}`;
  const env = {
    NODE_ENV: 'production',
    PORT: new URL(baseUrl).port,
    PUBLIC_URL: baseUrl,
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    APP_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
    CONTROLLER_TIMEZONE: 'Europe/Berlin',
    LOG_LEVEL: 'error',
    ...options.env,
  };
  const children: ChildProcess[] = [
    await startProcess('apps/api/dist/main.js', env, /^DSAR api listening/),
  ];
  if (options.worker !== false) {
    children.push(await startProcess('apps/worker/dist/main.js', env, /^DSAR worker running/));
  }
  return {
    baseUrl,
    database,
    apiPid: children[0]!.pid!,
    async stop() {
      for (const child of children) await stopProcess(child);
      await smtp.stop();
      await redis.stop();
      await database.drop();
    },
  };
}
