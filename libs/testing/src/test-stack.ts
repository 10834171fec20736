import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  DynamicModule,
  INestApplication,
  INestApplicationContext,
  NestApplicationOptions,
} from '@nestjs/common';
import type { AbstractHttpAdapter } from '@nestjs/core';
import { Test, type TestingModule, type TestingModuleBuilder } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import pg from 'pg';
import type { AppConfig } from '@dsar/config';
import { CoreModule } from '@dsar/core';
import { PrivateRedis } from './private-redis.js';
import { SmtpSink } from './smtp-sink.js';
import { testConfig } from './test-config.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/**
 * The rare fake of a test: `overrideProvider` calls on the composition root, applied to the api
 * and to every worker alike, e.g.
 * `(root) => root.overrideProvider(SystemRecords).useValue(systems)`.
 */
export type Fakes = (root: TestingModuleBuilder) => TestingModuleBuilder;

/** The api's `createApiApp`, as the harness calls it (it cannot import an app). */
export type ApiFactory = (
  config: AppConfig,
  options: {
    make: (
      root: DynamicModule,
      adapter: AbstractHttpAdapter,
      options: NestApplicationOptions,
    ) => Promise<never>;
  },
) => Promise<INestApplication>;

export interface StackOptions {
  env?: Record<string, string | undefined>;
  /** `false`: no worker (a test starts its own, or none runs). */
  worker?: boolean;
  /** Where api and worker log (a test reading its own logs); the run's log otherwise. */
  logDestination?: AppConfig['logDestination'];
  fakes?: Fakes;
}

/** The product without its routes: a database, a redis-server and an SMTP sink of its own. */
export interface CoreStack {
  config: AppConfig;
  database: TestDatabase;
  redis: PrivateRedis;
  smtp: SmtpSink;
  /** A client on the stack's database, for reading rows. */
  db: pg.Client;
  dataDir: string;
  /** The product's services as the api holds them: the api itself, or the core without routes. */
  app: INestApplicationContext;
  worker: INestApplicationContext | null;
  baseUrl: string;
  /** Another worker on the same composition (the fakes included), e.g. to crash one. */
  startWorker(): Promise<INestApplicationContext>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** The real thing in one process: `CoreStack` and the api on a random port. */
export interface TestStack extends CoreStack {
  api: INestApplication;
}

/** What the builder's container (private in @nestjs/testing) offers for the adapter. */
interface HttpAdapterHolder {
  setHttpAdapter(adapter: AbstractHttpAdapter): void;
}

/** The composition root with the test's fakes, compiled: its boot checks ran. */
export async function compose(
  root: DynamicModule,
  fakes?: Fakes,
  httpAdapter?: AbstractHttpAdapter,
): Promise<TestingModule> {
  const builder = Test.createTestingModule({ imports: [root] });
  // As NestFactory.create does: modules that register middleware while they are built (the UI)
  // find the HTTP adapter already there.
  if (httpAdapter)
    (builder as unknown as { container: HttpAdapterHolder }).container.setHttpAdapter(httpAdapter);
  return (fakes ? fakes(builder) : builder).compile();
}

/** The worker as `createWorker` makes it (CoreModule with its processors), with the fakes. */
export async function startTestWorker(
  config: AppConfig,
  fakes?: Fakes,
): Promise<INestApplicationContext> {
  const worker = await compose(await CoreModule.register({ config, runsJobs: true }), fakes);
  worker.useLogger(worker.get(Logger));
  return worker.init();
}

/**
 * Starts the product for a test: the api (when its factory is given; apps/api binds it in
 * `apps/api/src/testing/api-stack.ts`) and, unless `worker: false`, a worker.
 */
export async function startStack(options: StackOptions & { api: ApiFactory }): Promise<TestStack>;
export async function startStack(options?: StackOptions): Promise<CoreStack>;
export async function startStack(
  options: StackOptions & { api?: ApiFactory } = {},
): Promise<CoreStack | TestStack> {
  const database = await createTestDatabase();
  const redis = await new PrivateRedis().start();
  const smtp = await new SmtpSink().start();
  const dataDir = await mkdtemp(join(tmpdir(), 'dsar-stack-'));
  // Links in mails and callback URLs must point at this api, so its port is chosen first.
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = testConfig({
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    SMTP_URL: smtp.url,
    DATA_DIR: dataDir,
    ...options.env,
  });
  if (options.logDestination) config.logDestination = options.logDestination;
  const api = options.api
    ? await options.api(config, {
        make: async (root, adapter, appOptions) =>
          (await compose(root, options.fakes, adapter)).createNestApplication(
            adapter,
            appOptions,
          ) as never,
      })
    : null;
  await api?.listen(port, '127.0.0.1');
  const app =
    api ?? (await (await compose(await CoreModule.register({ config }), options.fakes)).init());
  const workers: INestApplicationContext[] = [];
  const startWorker = async () => {
    const worker = await startTestWorker(config, options.fakes);
    workers.push(worker);
    // A test may close a worker itself (a crash, a restart); the stack then leaves it closed.
    const close = worker.close.bind(worker);
    worker.close = () => {
      workers.splice(workers.indexOf(worker), 1);
      return close();
    };
    return worker;
  };
  const worker = options.worker === false ? null : await startWorker();
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const stack: CoreStack = {
    config,
    database,
    redis,
    smtp,
    db,
    dataDir,
    app,
    worker,
    baseUrl,
    startWorker,
    query: async (sql, params = []) => (await db.query(sql, params)).rows,
    // Every part is stopped even when an earlier one fails (no redis-server or database left behind).
    async stop() {
      const steps = [
        ...workers.map((each) => () => each.close()),
        () => app.close(),
        () => db.end(),
        () => smtp.stop(),
        () => redis.stop(),
        () => database.drop(),
        () => rm(dataDir, { recursive: true, force: true }),
      ];
      const failures: unknown[] = [];
      for (const step of steps)
        await Promise.resolve()
          .then(step)
          .catch((error: unknown) => failures.push(error));
      if (failures.length) throw failures[0];
    },
  };
  return api ? { ...stack, api } : stack;
}

/** The first link in a mail's text that points at `path` (e.g. `/verify`), and its token. */
export function linkToken(text: string, path: string): string {
  const match = new RegExp(`${path.replace('/', '\\/')}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in mail:\n${text}`);
  return match[1];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
