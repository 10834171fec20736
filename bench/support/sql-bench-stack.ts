import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import {
  addSqlTestSystem,
  approve,
  COMPANY_SCHEMA,
  createTestDatabase,
  fakeSystems,
  InMemorySystems,
  SqlTestConnector,
  startStack,
  waitFor,
  waitForStatus,
  type ApprovableType,
  type CoreStack,
  type SqlTestSettings,
  type TestDatabase,
} from '@dsar/testing';

/**
 * The one harness of @dsar/testing for the benches that measure the engine: a company database
 * read by SqlTestConnector, its tables as in-memory systems, mails kept in the outbox (no SMTP:
 * parsing mails is not the engine's cost), workers started on demand.
 */
export class SqlBenchStack {
  readonly systems = new InMemorySystems();
  stack!: CoreStack;
  company!: TestDatabase;
  companyDb!: pg.Client;
  connector!: SqlTestConnector;

  async start(): Promise<this> {
    this.company = await createTestDatabase('company', { migrate: false });
    this.companyDb = new pg.Client({ connectionString: this.company.url });
    await this.companyDb.connect();
    await this.companyDb.query(COMPANY_SCHEMA);
    this.connector = new SqlTestConnector(this.company.url);
    this.stack = await startStack({
      worker: false,
      env: { SMTP_URL: undefined },
      fakes: fakeSystems(this.systems, [this.connector]),
    });
    return this;
  }

  get db(): pg.Client {
    return this.stack.db;
  }
  get redis() {
    return this.stack.redis;
  }
  get config() {
    return this.stack.config;
  }

  addSystem(name: string, settings: SqlTestSettings) {
    return addSqlTestSystem(this.systems, name, settings);
  }

  startWorker(): Promise<INestApplicationContext> {
    return this.stack.startWorker();
  }

  approve(type: ApprovableType, email: string): Promise<string> {
    return approve(this.stack.app, type, email);
  }

  waitFor = waitFor;

  waitForStatus(requestId: string, status: string, timeoutMs?: number) {
    return waitForStatus(this.stack, requestId, status, timeoutMs);
  }

  async stop(): Promise<void> {
    await this.stack?.stop();
    await this.connector?.close();
    await this.companyDb?.end();
    await this.company?.drop();
  }
}
