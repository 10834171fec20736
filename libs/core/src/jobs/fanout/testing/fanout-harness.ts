import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DynamicModule, type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppConfigModule, type AppConfig } from '@dsar/config';
import { DatabaseModule, RequestEntity } from '@dsar/persistence';
import { MailModule } from '@dsar/mail';
import { QueueModule } from '@dsar/queue';
import { RequestLifecycle, WORK_PLANNER, type WorkPlanner } from '@dsar/requests';
import { FanoutModule } from '@dsar/fanout';
import { SystemsModule } from '@dsar/systems';
import {
  createTestDatabase,
  PrivateRedis,
  SmtpSink,
  testConfig,
  type TestDatabase,
} from '@dsar/testing';
import {
  COMPANY_SCHEMA,
  SqlTestConnector,
} from '../../../../../libs/fanout/src/testing/sql-test-connector.js';
import {
  TestSystems,
  testRegistryProvider,
} from '../../../../../libs/fanout/src/testing/test-systems.js';
import { MailProcessor } from '../../mail/mail.processor.js';
import { FanoutWorkerModule } from '../fanout-worker.module.js';

@Module({})
class FanoutTestApp {}

export const STAFF = { type: 'staff' as const, id: randomUUID() };

/**
 * Real parts for the engine's tests: a database, a company database, a redis-server, an SMTP sink,
 * a producer context (what the api holds) and worker contexts that can be started and crashed.
 */
export class FanoutHarness {
  database!: TestDatabase;
  company!: TestDatabase;
  companyDb!: pg.Client;
  db!: pg.Client;
  redis!: PrivateRedis;
  smtp!: SmtpSink;
  config!: AppConfig;
  dataDir!: string;
  producer!: INestApplicationContext;
  readonly systems = new TestSystems();
  connector!: SqlTestConnector;
  private references = 0;

  /** `smtp: false` keeps mails in the outbox (benchmarks: parsing mails is not the engine's cost). */
  async start(options: { smtp?: boolean } = {}): Promise<this> {
    this.database = await createTestDatabase();
    this.company = await createTestDatabase('company', { migrate: false });
    this.redis = await new PrivateRedis().start();
    this.smtp = await new SmtpSink().start();
    this.dataDir = await mkdtemp(join(tmpdir(), 'dsar-fanout-'));
    this.config = testConfig({
      DATABASE_URL: this.database.url,
      REDIS_URL: this.redis.url,
      SMTP_URL: options.smtp === false ? undefined : this.smtp.url,
      DATA_DIR: this.dataDir,
    });
    this.db = new pg.Client({ connectionString: this.database.url });
    await this.db.connect();
    this.companyDb = new pg.Client({ connectionString: this.company.url });
    await this.companyDb.connect();
    await this.companyDb.query(COMPANY_SCHEMA);
    this.connector = new SqlTestConnector(this.company.url);
    this.producer = await this.context(FanoutModule, []);
    return this;
  }

  private async context(
    feature: DynamicModule['module'],
    providers: NonNullable<DynamicModule['providers']>,
  ): Promise<INestApplicationContext> {
    const app = await NestFactory.createApplicationContext(
      {
        module: FanoutTestApp,
        imports: [
          AppConfigModule.withConfig(this.config),
          DatabaseModule,
          QueueModule,
          MailModule,
          SystemsModule,
          feature,
        ],
        providers: [...providers, testRegistryProvider(this.systems, this.connector)],
      },
      { logger: ['error'] },
    );
    await app.init();
    return app;
  }

  startWorker(): Promise<INestApplicationContext> {
    return this.context(FanoutWorkerModule, [MailProcessor]);
  }

  /** Approves as the approval code does: status and tasks in one transaction, then the first stage. */
  async approve(
    type: 'access' | 'erasure' | 'rectification',
    email: string,
    corrections: { field: string; value: string }[] | null = null,
  ): Promise<string> {
    const dataSource = this.producer.get(DataSource);
    const lifecycle = this.producer.get(RequestLifecycle);
    const planner = this.producer.get<WorkPlanner>(WORK_PLANNER);
    const now = new Date();
    const request = await dataSource.manager.save(
      dataSource.manager.create(RequestEntity, {
        reference: `DSR-TEST-${String(++this.references).padStart(6, '0')}-${randomUUID().slice(0, 4)}`,
        type,
        status: 'awaiting_approval',
        jurisdiction: 'gdpr',
        email,
        name: 'Test Subject',
        corrections,
        receivedAt: now,
        dueAt: new Date(now.getTime() + 30 * 24 * 3600_000),
        verifiedAt: now,
        identities: { email: [email] },
      }),
    );
    await dataSource.transaction(async (manager) => {
      const { request: approved } = await lifecycle.apply(manager, request.id, 'approve', STAFF);
      await planner.plan(manager, approved);
    });
    await planner.afterCommit(request.id);
    return request.id;
  }

  async status(requestId: string): Promise<string> {
    return (await this.db.query('SELECT status FROM requests WHERE id = $1', [requestId])).rows[0]
      .status;
  }

  /** Polls Postgres until `predicate` holds: no sleeping on a guess. */
  async waitFor<T>(
    read: () => Promise<T>,
    predicate: (value: T) => boolean,
    timeoutMs = 30_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (predicate(value)) return value;
      if (Date.now() > deadline)
        throw new Error(
          `condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  waitForStatus(requestId: string, status: string, timeoutMs = 30_000): Promise<string> {
    return this.waitFor(
      () => this.status(requestId),
      (value) => value === status,
      timeoutMs,
    );
  }

  /** Every part is stopped even when an earlier one fails (no redis-server or database left behind). */
  async stop(): Promise<void> {
    const steps: (() => Promise<unknown> | undefined)[] = [
      () => this.producer?.close(),
      () => this.connector?.close(),
      () => this.db?.end(),
      () => this.companyDb?.end(),
      () => this.smtp?.stop(),
      () => this.redis?.stop(),
      () => this.database?.drop(),
      () => this.company?.drop(),
      () => (this.dataDir ? rm(this.dataDir, { recursive: true, force: true }) : undefined),
    ];
    const failures: unknown[] = [];
    for (const step of steps)
      await Promise.resolve(step()).catch((error: unknown) => failures.push(error));
    if (failures.length) throw failures[0];
  }
}
