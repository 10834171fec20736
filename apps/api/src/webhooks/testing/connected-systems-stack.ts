import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppConfigModule, type AppConfig } from '@dsar/config';
import {
  ATTACHMENT_FILES,
  ConnectedSystemsModule,
  EmailConnector,
  ManualConnector,
  WebhookConnector,
} from '@dsar/connectors';
import { FILE_VAULT } from '@dsar/packages';
import { FANOUT_CONNECTORS, FANOUT_SYSTEMS, StoreTaskService } from '@dsar/fanout';
import { MailModule } from '@dsar/mail';
import { NoticesModule, RecipientNotices, SYSTEM_STORE } from '@dsar/notices';
import { DatabaseModule, RequestEntity } from '@dsar/persistence';
import { QueueModule } from '@dsar/queue';
import { RequestLifecycle, RequestsModule, WORK_PLANNER, type WorkPlanner } from '@dsar/requests';
import { OUTBOUND_LIMITS, WEBHOOK_TASKS, WebhooksModule, taskPortFrom } from '@dsar/webhooks';
import {
  createTestDatabase,
  PrivateRedis,
  SmtpSink,
  testConfig,
  type TestDatabase,
} from '@dsar/testing';
import { ErrorFilter } from '../../http/error.filter.js';
import { MailProcessor } from '../../../../worker/src/mail/mail.processor.js';
import { FanoutWorkerModule } from '../../../../worker/src/fanout/fanout-worker.module.js';
import { NoticesProcessor } from '../../../../worker/src/webhooks/notices.processor.js';
import { NoticesScheduler } from '../../../../worker/src/webhooks/notices.scheduler.js';
import { WebhookDeliveryProcessor } from '../../../../worker/src/webhooks/webhook-delivery.processor.js';
import { CallbacksController } from '../callbacks.controller.js';
import { ConnectedSystemsController } from '../connected-systems.controller.js';
import { DeliveriesController } from '../deliveries.controller.js';
import { TaskAttachmentsController } from '../task-attachments.controller.js';
import { TestRegistry } from './test-registry.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const OFFICER = { id: randomUUID(), role: 'officer' };
export const ADMIN = { id: randomUUID(), role: 'admin' };

/**
 * The api and the worker of this feature in one process on real parts: a database, a
 * redis-server, an SMTP sink, the fan-out engine, the webhook, e-mail and manual connectors, the
 * callbacks and admin routes on a real port, the retry/alert/notice processors.
 * `x-test-staff` stands in for the staff auth guard (libs/staff), which sets `request.staff`.
 */
export class ConnectedSystemsStack {
  database!: TestDatabase;
  redis!: PrivateRedis;
  smtp!: SmtpSink;
  config!: AppConfig;
  app!: NestExpressApplication;
  db!: pg.Client;
  baseUrl!: string;
  dataDir!: string;
  readonly registry = new TestRegistry();
  /**
   * Where the next runs die (the worker killed at that point): `beforeFollowUp` after a retry's
   * delivery committed and before the waiting task hears of it; `afterDelivery` after the
   * task's own delivery and before its result is recorded. Each is a count of deaths to come.
   */
  readonly faults = { beforeFollowUp: 0, afterDelivery: 0 };
  private references = 0;

  async start(
    limits = { connectTimeoutMs: 1000, totalTimeoutMs: 1500, maxResponseBytes: 64 * 1024 },
  ): Promise<this> {
    this.database = await createTestDatabase();
    this.redis = await new PrivateRedis().start();
    this.smtp = await new SmtpSink().start();
    this.dataDir = await mkdtemp(join(tmpdir(), 'dsar-webhooks-'));
    const port = await freePort();
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.config = testConfig({
      DATABASE_URL: this.database.url,
      REDIS_URL: this.redis.url,
      SMTP_URL: this.smtp.url,
      DATA_DIR: this.dataDir,
      PUBLIC_URL: this.baseUrl,
      OUTBOUND_ALLOWLIST: '127.0.0.1',
    });
    const registry = this.registry;
    const webhookAdapters = {
      providers: [
        { provide: SYSTEM_STORE, useValue: registry },
        { provide: OUTBOUND_LIMITS, useValue: limits },
        { provide: ATTACHMENT_FILES, useExisting: FILE_VAULT },
        {
          provide: WEBHOOK_TASKS,
          inject: [DataSource, StoreTaskService],
          useFactory: (dataSource: DataSource, tasks: StoreTaskService) =>
            taskPortFrom(
              dataSource,
              (id, result, actor) => {
                if (this.faults.beforeFollowUp > 0) {
                  this.faults.beforeFollowUp -= 1;
                  throw new Error('the worker died before the follow-up');
                }
                return tasks.completeWaiting(id, result, actor);
              },
              (id, decide, actor) => tasks.answer(id, decide, actor),
            ),
        },
      ],
    };
    const faults = this.faults;
    const dyingAfterDelivery = (connector: WebhookConnector): WebhookConnector =>
      Object.assign(Object.create(connector) as WebhookConnector, {
        execute: async (context: Parameters<WebhookConnector['execute']>[0]) => {
          const execution = await connector.execute(context);
          if (faults.afterDelivery > 0) {
            faults.afterDelivery -= 1;
            throw new Error('the worker died after the delivery');
          }
          return execution;
        },
      });
    const fanoutAdapters = {
      imports: [ConnectedSystemsModule],
      providers: [
        { provide: FANOUT_SYSTEMS, useValue: registry },
        {
          provide: FANOUT_CONNECTORS,
          inject: [WebhookConnector, EmailConnector, ManualConnector],
          useFactory: (...connectors: (WebhookConnector | EmailConnector | ManualConnector)[]) => ({
            connectorFor: (kind: string) => {
              const found = connectors.find((connector) => connector.kind === kind);
              return found instanceof WebhookConnector ? dyingAfterDelivery(found) : found;
            },
          }),
        },
      ],
    };
    @Module({
      imports: [
        AppConfigModule.withConfig(this.config),
        DatabaseModule,
        QueueModule,
        MailModule,
        RequestsModule,
        WebhooksModule.forRoot(webhookAdapters),
        NoticesModule,
        ConnectedSystemsModule,
        FanoutWorkerModule.register(fanoutAdapters),
      ],
      controllers: [
        CallbacksController,
        DeliveriesController,
        ConnectedSystemsController,
        TaskAttachmentsController,
      ],
      providers: [
        MailProcessor,
        WebhookDeliveryProcessor,
        NoticesProcessor,
        NoticesScheduler,
        RecipientNotices,
      ],
    })
    class StackModule {}
    this.app = await NestFactory.create<NestExpressApplication>(StackModule, {
      logger: ['error'],
      rawBody: true,
    });
    this.app.setGlobalPrefix('api');
    this.app.useGlobalFilters(new ErrorFilter());
    this.app.use(
      (
        req: { headers: Record<string, string>; staff?: unknown },
        _res: unknown,
        next: () => void,
      ) => {
        const staff = req.headers['x-test-staff'];
        if (staff) req.staff = JSON.parse(staff);
        next();
      },
    );
    await this.app.listen(port, '127.0.0.1');
    this.db = new pg.Client({ connectionString: this.database.url });
    await this.db.connect();
    return this;
  }

  async setSettings(values: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(values)) {
      await this.db.query(
        `INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [key, JSON.stringify(value)],
      );
    }
  }

  /** Approves as the approval code does: status and tasks in one transaction, then the first stage. */
  async approve(
    type: 'access' | 'erasure' | 'rectification',
    email: string,
    corrections: { field: string; value: string }[] | null = null,
  ): Promise<string> {
    const dataSource = this.app.get(DataSource);
    const lifecycle = this.app.get(RequestLifecycle);
    const planner = this.app.get<WorkPlanner>(WORK_PLANNER);
    const now = new Date();
    const request = await dataSource.manager.save(
      dataSource.manager.create(RequestEntity, {
        reference: `DSR-WH-${String(++this.references).padStart(6, '0')}-${randomUUID().slice(0, 4)}`,
        type,
        status: 'awaiting_approval',
        jurisdiction: 'gdpr',
        email,
        name: 'Ada Lovelace',
        corrections,
        receivedAt: now,
        dueAt: new Date(now.getTime() + 30 * 24 * 3600_000),
        verifiedAt: now,
        identities: { email: [email] },
      }),
    );
    await dataSource.transaction(async (manager) => {
      const { request: approved } = await lifecycle.apply(manager, request.id, 'approve', {
        type: 'staff',
        id: ADMIN.id,
      });
      await planner.plan(manager, approved);
    });
    await planner.afterCommit(request.id);
    return request.id;
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query(sql, params)).rows as T[];
  }

  /** Polls Postgres until `predicate` holds: no sleeping on a guess. */
  async waitFor<T>(
    read: () => Promise<T>,
    predicate: (value: T) => boolean,
    timeoutMs = 20_000,
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

  async waitForStatus(requestId: string, status: string, timeoutMs = 20_000): Promise<void> {
    await this.waitFor(
      async () =>
        (
          await this.query<{ status: string }>('SELECT status FROM requests WHERE id = $1', [
            requestId,
          ])
        )[0]?.status,
      (value) => value === status,
      timeoutMs,
    );
  }

  tasksOf(requestId: string) {
    return this.query<{
      id: string;
      state: string;
      last_error: string | null;
      result: Record<string, unknown> | null;
      system_id: string;
    }>('SELECT id, state, last_error, result, system_id FROM store_tasks WHERE request_id = $1', [
      requestId,
    ]);
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.db?.end();
    await this.smtp?.stop();
    await this.redis?.stop();
    await this.database?.drop();
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true });
  }
}
