import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import { AccessPackages } from '@dsar/packages';
import { DownloadLinks } from '@dsar/requests';
import {
  addSqlTestSystem,
  approve,
  COMPANY_SCHEMA,
  createTestDatabase,
  fakeSystems,
  InMemorySystems,
  linkToken,
  readZip,
  SqlTestConnector,
  startStack,
  TEST_STAFF as STAFF,
  waitFor,
  waitForStatus,
  type CoreStack,
  type TestDatabase,
} from '@dsar/testing';
import { StoreTaskProcessor } from './store-task.processor.js';
import { FanoutProcessor } from './fanout.processor.js';
import { PackageProcessor } from '../packages/package.processor.js';
import { MailProcessor } from '../mail/mail.processor.js';

// The engine's systems are tables of a company database this file owns, read by SqlTestConnector.
const systems = new InMemorySystems();
let stack: CoreStack;
let company: TestDatabase;
let companyDb: pg.Client;
let connector: SqlTestConnector;
let worker: INestApplicationContext;
let adaDownloadToken = '';
let adaAccessRequest = '';
let accountsDb: ReturnType<typeof addSqlTestSystem>;

beforeAll(async () => {
  company = await createTestDatabase('company', { migrate: false });
  companyDb = new pg.Client({ connectionString: company.url });
  await companyDb.connect();
  await companyDb.query(COMPANY_SCHEMA);
  connector = new SqlTestConnector(company.url);
  stack = await startStack({ worker: false, fakes: fakeSystems(systems, [connector]) });
  await companyDb.query(`
    INSERT INTO accounts (email, user_id, name) VALUES
      ('ada@example.com', 'u-1', '=HYPERLINK("http://evil.example","click")'),
      ('bob@example.com', 'u-2', 'Bob'),
      ('eve@example.com', 'u-3', 'Eve');
    INSERT INTO orders (user_id, item, name) VALUES
      ('u-1', '<script>alert(1)</script>', 'Ada'), ('u-1', '+SUM(A1:A9)', 'Ada'), ('u-2', 'bob things', 'Bob'),
      ('u-3', 'eve things', 'Eve');
    INSERT INTO visits (cookie_id, page, name) VALUES ('c-1', '/home', 'Ada');`);
  accountsDb = addSqlTestSystem(systems, 'Accounts DB', {
    table: 'accounts',
    keyColumn: 'email',
    identityType: 'email',
    provides: { column: 'user_id', type: 'user_id' },
  });
  addSqlTestSystem(systems, '../Orders', {
    table: 'orders',
    keyColumn: 'user_id',
    identityType: 'user_id',
    // The report shows only labelled columns: the hostile item must reach it to be escaped there.
    categories: { item: 'user.financial.transaction' },
  });
  addSqlTestSystem(systems, 'Visits', {
    table: 'visits',
    keyColumn: 'cookie_id',
    identityType: 'cookie_id',
  });
  worker = await stack.startWorker();
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await connector?.close();
  await companyDb?.end();
  await company?.drop();
}, 60_000);

async function statusOf(requestId: string): Promise<string> {
  return (
    await stack.query<{ status: string }>('SELECT status FROM requests WHERE id = $1', [requestId])
  )[0]!.status;
}

async function tasksOf(requestId: string) {
  return (
    await stack.db.query(
      `SELECT system_name, state, stage, attempts, note, result FROM store_tasks WHERE request_id = $1 ORDER BY stage, system_name`,
      [requestId],
    )
  ).rows;
}

describe('fan-out of an access request', () => {
  it('runs providers first, skips what nobody can reach, and mails a package with the right contents', async () => {
    const requestId = await approve(stack.app, 'access', 'ada@example.com');
    adaAccessRequest = requestId;
    await waitForStatus(stack, requestId, 'completed');

    const tasks = await tasksOf(requestId);
    expect(tasks.map((t) => [t.system_name, t.stage, t.state])).toEqual([
      ['Accounts DB', 0, 'succeeded'],
      ['../Orders', 1, 'succeeded'],
      ['Visits', 1, 'skipped'],
    ]);
    expect(tasks[2].note).toMatch(/no registered system provides an identity of type cookie_id/);
    const request = (
      await stack.db.query('SELECT identities, outcome FROM requests WHERE id = $1', [requestId])
    ).rows[0];
    expect(request.identities).toEqual({ email: ['ada@example.com'], user_id: ['u-1'] });
    expect(request.outcome.result).toBe('completed');

    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes('ada@example.com') && /ready/.test(m.subject),
    );
    adaDownloadToken = linkToken(mail.text, '/download');
    const download = await worker.get(DownloadLinks).open(adaDownloadToken);
    const files = await readZip(download.stream);

    expect(Object.keys(files).sort()).toEqual([
      'data/Accounts_DB/accounts.csv',
      'data/Accounts_DB/accounts.json',
      'data/Orders/orders.csv',
      'data/Orders/orders.json',
      'manifest.json',
      'report.html',
    ]);
    const manifest = JSON.parse(files['manifest.json']!);
    expect(manifest.identitiesUsed).toEqual({ email: ['ada@example.com'], user_id: ['u-1'] });
    expect(
      manifest.systems.map((s: { name: string; outcome: string }) => [s.name, s.outcome]),
    ).toEqual([
      ['Accounts DB', 'completed'],
      ['../Orders', 'completed'],
      ['Visits', 'skipped'],
    ]);
    expect(manifest.systems[0]).toMatchObject({
      purposes: ['service delivery'],
      legalBases: ['contract'],
      recipients: ['Hosting provider'],
      retention: 'while the account exists',
    });
    // A task that never ran carries no facts of its own: the inventory's are listed.
    expect(manifest.systems[2]).toMatchObject({
      kind: 'postgres',
      purposes: ['service delivery'],
      retention: 'while the account exists',
    });
    const orders = JSON.parse(files['data/Orders/orders.json']!);
    expect(orders.map((o: { item: string }) => o.item)).toEqual([
      '<script>alert(1)</script>',
      '+SUM(A1:A9)',
    ]);
    expect(files['data/Orders/orders.csv']).toContain(`'+SUM(A1:A9)`);
    expect(files['data/Accounts_DB/accounts.csv']).toContain(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(files['report.html']).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(files['report.html']).not.toContain('<script>alert');
    const everything = Object.values(files).join('\n');
    expect(everything).not.toContain('bob');
    expect(everything).not.toContain('u-2');

    const downloads = await stack.db.query(
      `SELECT actor_type FROM audit_events WHERE request_id = $1 AND action = 'download_package'`,
      [requestId],
    );
    expect(downloads.rows).toEqual([{ actor_type: 'subject' }]);
  }, 60_000);

  it('mails a fresh download link on request; the earlier link stops working', async () => {
    const before = stack.smtp.mailsTo('ada@example.com').length;
    await worker.get(DownloadLinks).resend(adaAccessRequest);
    await stack.smtp.waitFor(() => stack.smtp.mailsTo('ada@example.com').length > before);
    const fresh = stack.smtp.mailsTo('ada@example.com').at(-1)!;
    const links = worker.get(DownloadLinks);
    await expect(links.open(adaDownloadToken)).rejects.toMatchObject({ code: 'gone' });
    adaDownloadToken = linkToken(fresh.text, '/download');
    const files = await readZip((await links.open(adaDownloadToken)).stream);
    expect(Object.keys(files)).toContain('manifest.json');
  }, 30_000);
});

/** Stops a worker as a crash would: no job finishes, its locks die with its connections. */
async function crash(app: INestApplicationContext): Promise<void> {
  for (const processor of [StoreTaskProcessor, FanoutProcessor, PackageProcessor, MailProcessor]) {
    await app.get(processor).worker.close(true);
  }
  await stack.db.query(
    `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid()
       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
}

describe('crashes and lost work', () => {
  it('finishes a request whose worker died mid-task, each change applied once', async () => {
    let reached!: () => void;
    const atChange = new Promise<void>((resolve) => (reached = resolve));
    let releaseCrashed!: (error: Error) => void;
    const hang = new Promise<void>((_resolve, reject) => (releaseCrashed = reject));
    hang.catch(() => undefined);
    connector.afterChange = async (context) => {
      if (context.system.name !== 'Accounts DB') return;
      connector.afterChange = null;
      reached();
      await hang; // the "dead" worker never returns its result
    };
    const requestId = await approve(stack.app, 'erasure', 'eve@example.com');
    await atChange;
    const crashed = worker;
    await crash(crashed);
    worker = await stack.startWorker();
    await waitForStatus(stack, requestId, 'completed', 60_000);

    const changes = await companyDb.query(
      `SELECT tbl, row_id, count(*)::int AS times FROM change_log WHERE action = 'erasure' GROUP BY tbl, row_id ORDER BY tbl`,
    );
    expect(changes.rows).toEqual([
      { tbl: 'accounts', row_id: 3, times: 1 },
      { tbl: 'orders', row_id: 4, times: 1 },
    ]);
    const tasks = await tasksOf(requestId);
    expect(tasks[0]).toMatchObject({ system_name: 'Accounts DB', state: 'succeeded', attempts: 2 });
    expect(tasks[0].note).toMatch(/nothing left to change/);
    expect(
      (await companyDb.query(`SELECT name FROM accounts WHERE email = 'bob@example.com'`)).rows[0]
        .name,
    ).toBe('Bob');
    await stack.smtp.waitFor((m) => m.to.includes('eve@example.com') && /erased/.test(m.subject));

    releaseCrashed(new Error('the crashed worker is gone'));
    await crashed.close();
  }, 90_000);

  it('finishes requests whose jobs were flushed out of Redis, once the sweep has run', async () => {
    await worker.close();
    await companyDb.query(`
      INSERT INTO accounts (email, user_id, name) VALUES ('f1@example.com', 'f-1', 'F1'), ('f2@example.com', 'f-2', 'F2');
      INSERT INTO orders (user_id, item, name) VALUES ('f-1', 'x', 'F1'), ('f-2', 'y', 'F2');`);
    const ids = [
      await approve(stack.app, 'erasure', 'f1@example.com'),
      await approve(stack.app, 'erasure', 'f2@example.com'),
    ];
    await stack.redis.flush();
    worker = await stack.startWorker();
    // Nothing can run: Postgres still holds the work, Redis has no job for it.
    const waiting = await stack.db.query(
      `SELECT state, attempts FROM store_tasks WHERE request_id = ANY($1) AND stage = 0`,
      [ids],
    );
    expect(waiting.rows).toEqual([
      { state: 'queued', attempts: 0 },
      { state: 'queued', attempts: 0 },
    ]);
    const { FanoutSweep } = await import('@dsar/fanout');
    await worker.get(FanoutSweep).reenqueueLost(0);
    for (const id of ids) await waitForStatus(stack, id, 'completed', 60_000);
    const changes = await companyDb.query(
      `SELECT count(*)::int AS changes, count(DISTINCT (tbl, row_id))::int AS rows FROM change_log c JOIN accounts a ON c.tbl = 'accounts' AND a.id = c.row_id WHERE a.email LIKE 'f_@example.com'`,
    );
    expect(changes.rows[0]).toEqual({ changes: 2, rows: 2 });
  }, 90_000);
});

describe('jobs failed for good by killed workers', () => {
  it('re-enqueues a task whose job Redis failed (stalled too often) while Postgres still has it queued', async () => {
    const { FanoutSweep } = await import('@dsar/fanout');
    const { Queue, UnrecoverableError, Worker } = await import('bullmq');
    const { redisConnection, QUEUE } = await import('@dsar/queue');
    await worker.close();
    await companyDb.query(
      `INSERT INTO accounts (email, user_id, name) VALUES ('stall@example.com', 's-1', 'Stall')`,
    );
    const requestId = await approve(stack.app, 'erasure', 'stall@example.com');
    const { rows } = await stack.db.query(
      `SELECT id FROM store_tasks WHERE request_id = $1 AND stage = 0`,
      [requestId],
    );
    const jobOf = `task-${rows[0].id}-r0`;
    const connection = redisConnection(stack.redis.url);
    const prefix = stack.config.queuePrefix;
    const queue = new Queue(QUEUE.storeTasks, { connection, prefix });
    // What BullMQ does to a job whose workers were killed once too often: failed, untouched rows.
    const killer = new Worker(
      QUEUE.storeTasks,
      async () => {
        throw new UnrecoverableError('job stalled more than allowable limit');
      },
      { connection, prefix },
    );
    await waitFor(
      () => queue.getJobState(jobOf),
      (state) => state === 'failed',
    );
    await killer.close();
    worker = await stack.startWorker();
    const sweep = worker.get(FanoutSweep);
    expect(await sweep.reconcile(0)).toMatchObject({ tasks: 1 });
    await waitForStatus(stack, requestId, 'completed');
    const changes = await companyDb.query(
      `SELECT count(*)::int AS times FROM change_log c JOIN accounts a ON c.tbl = 'accounts' AND a.id = c.row_id WHERE a.email = 'stall@example.com'`,
    );
    expect(changes.rows[0]).toEqual({ times: 1 });
    expect((await sweep.reconcile(0)).tasks).toBe(0);
    await queue.close();
  }, 60_000);
});

describe('one run at a time', () => {
  it('does not run a task another worker holds; its job waits without spending attempts', async () => {
    const { TaskLocks } = await import('@dsar/fanout');
    const { Queue } = await import('bullmq');
    const { redisConnection, QUEUE } = await import('@dsar/queue');
    await worker.close();
    await companyDb.query(
      `INSERT INTO accounts (email, user_id, name) VALUES ('lock@example.com', 'l-1', 'Lock')`,
    );
    const requestId = await approve(stack.app, 'erasure', 'lock@example.com');
    const { rows } = await stack.db.query(
      `SELECT id FROM store_tasks WHERE request_id = $1 AND stage = 0`,
      [requestId],
    );
    const taskId: string = rows[0].id;
    const queue = new Queue(QUEUE.storeTasks, {
      connection: redisConnection(stack.redis.url),
      prefix: stack.config.queuePrefix,
    });
    await stack.app.get(TaskLocks).withLock(taskId, async () => {
      worker = await stack.startWorker();
      await waitFor(
        () => queue.getJobState(`task-${taskId}-r0`),
        (state) => state === 'delayed',
      );
      const task = (
        await stack.db.query('SELECT state, attempts FROM store_tasks WHERE id = $1', [taskId])
      ).rows[0];
      expect(task).toEqual({ state: 'queued', attempts: 0 });
      expect((await queue.getJob(`task-${taskId}-r0`))?.attemptsMade).toBe(0);
    });
    await waitForStatus(stack, requestId, 'completed');
    // One real run, and the job never failed while it waited.
    const after = await stack.db.query('SELECT state, attempts FROM store_tasks WHERE id = $1', [
      taskId,
    ]);
    expect(after.rows[0]).toEqual({ state: 'succeeded', attempts: 1 });
    await queue.close();
  }, 60_000);
});

describe('tasks that need people', () => {
  async function taskOf(requestId: string, systemName: string) {
    return (
      await stack.db.query(`SELECT * FROM store_tasks WHERE request_id = $1 AND system_name = $2`, [
        requestId,
        systemName,
      ])
    ).rows[0];
  }

  it('completes with "no data found" when no system knows the subject', async () => {
    const requestId = await approve(stack.app, 'erasure', 'nobody@example.com');
    await waitForStatus(stack, requestId, 'completed');
    const { outcome } = (
      await stack.db.query('SELECT outcome FROM requests WHERE id = $1', [requestId])
    ).rows[0];
    expect(outcome.result).toBe('no_data_found');
    const mail = await stack.smtp.waitFor((m) => m.to.includes('nobody@example.com'));
    expect(mail.text).toContain('found none to erase');
    const audit = await stack.db.query(
      `SELECT data FROM audit_events WHERE request_id = $1 AND action = 'complete'`,
      [requestId],
    );
    expect(audit.rows[0].data.result).toBe('no_data_found');
  }, 30_000);

  it('rectifies, and tells the subject what changed', async () => {
    await companyDb.query(
      `INSERT INTO accounts (email, user_id, name) VALUES ('kim@example.com', 'k-1', 'Kim Typo')`,
    );
    const requestId = await approve(stack.app, 'rectification', 'kim@example.com', [
      { field: 'user.name', value: 'Kim Correct' },
    ]);
    await waitForStatus(stack, requestId, 'completed');
    expect(
      (await companyDb.query(`SELECT name FROM accounts WHERE email = 'kim@example.com'`)).rows[0]
        .name,
    ).toBe('Kim Correct');
    const { outcome } = (
      await stack.db.query('SELECT outcome FROM requests WHERE id = $1', [requestId])
    ).rows[0];
    expect(outcome.counts.rectified).toBe(1);
    const mail = await stack.smtp.waitFor((m) => m.to.includes('kim@example.com'));
    expect(mail.subject).toMatch(/corrected/);
    expect(mail.text).toContain('user.name: Kim Correct');
  }, 30_000);

  it('looks the subject up in a provider without the action, so the system keyed by what it provides still acts', async () => {
    await companyDb.query(`
      INSERT INTO accounts (email, user_id, name) VALUES ('zoe@example.com', 'z-1', 'Zoe');
      INSERT INTO orders (user_id, item, name) VALUES ('z-1', 'zoe things', 'Zoe');`);
    const actions = accountsDb.actions;
    accountsDb.actions = ['access', 'rectification'];
    try {
      const requestId = await approve(stack.app, 'erasure', 'zoe@example.com');
      await waitForStatus(stack, requestId, 'completed');
      const tasks = (
        await stack.db.query(
          `SELECT system_name, stage, state, lookup_only FROM store_tasks WHERE request_id = $1 AND system_name <> 'Visits' ORDER BY stage`,
          [requestId],
        )
      ).rows;
      expect(tasks.map((t) => [t.system_name, t.stage, t.state, t.lookup_only])).toEqual([
        ['Accounts DB', 0, 'succeeded', true],
        ['../Orders', 1, 'succeeded', false],
      ]);
      // The lookup changed nothing; the orders found through its user id were erased.
      const names = await companyDb.query<{ table: string; name: string | null }>(
        `SELECT 'accounts' AS table, name FROM accounts WHERE email = 'zoe@example.com'
          UNION ALL SELECT 'orders', name FROM orders WHERE user_id = 'z-1'`,
      );
      expect(names.rows).toEqual([
        { table: 'accounts', name: 'Zoe' },
        { table: 'orders', name: null },
      ]);
      const mail = await stack.smtp.waitFor((m) => m.to.includes('zoe@example.com'));
      expect(mail.text).toContain('Orders');
      expect(mail.text).not.toContain('Accounts DB');
    } finally {
      accountsDb.actions = actions;
    }
  }, 30_000);

  it('moves a request to action_required on a permanent failure; a retry finishes it', async () => {
    const { StoreTaskService } = await import('@dsar/fanout');
    const flaky = addSqlTestSystem(systems, 'Flaky', {
      table: 'accounts',
      keyColumn: 'email',
      identityType: 'email',
      fail: 'permanent',
    });
    try {
      const requestId = await approve(stack.app, 'erasure', 'g1@example.com');
      await waitForStatus(stack, requestId, 'action_required');
      const failed = await taskOf(requestId, 'Flaky');
      expect(failed).toMatchObject({
        state: 'failed',
        attempts: 1,
        last_error: 'the test system refuses this request',
      });
      const tasks = worker.get(StoreTaskService);
      const accounts = await taskOf(requestId, 'Accounts DB');
      await expect(
        tasks.retry(accounts.id, { type: 'staff', id: accounts.id }),
      ).rejects.toMatchObject({ code: 'conflict' });

      delete (flaky.settings as { fail?: string }).fail;
      await tasks.retry(failed.id, { type: 'staff', id: '00000000-0000-4000-8000-000000000001' });
      await waitForStatus(stack, requestId, 'completed');
      expect(await taskOf(requestId, 'Flaky')).toMatchObject({
        state: 'succeeded',
        run: 1,
        attempts: 2,
      });
      const actions = (
        await stack.db.query(
          `SELECT action, actor_type FROM audit_events WHERE request_id = $1 ORDER BY seq`,
          [requestId],
        )
      ).rows;
      expect(actions).toEqual(
        expect.arrayContaining([
          { action: 'task_failed', actor_type: 'system' },
          { action: 'task_retried', actor_type: 'staff' },
          { action: 'resume', actor_type: 'system' },
          { action: 'complete', actor_type: 'system' },
        ]),
      );
    } finally {
      systems.systems.delete(flaky.id);
    }
  }, 60_000);

  it('closes a failed task by hand with a note and an outcome', async () => {
    const { StoreTaskService } = await import('@dsar/fanout');
    const flaky = addSqlTestSystem(systems, 'Flaky', {
      table: 'accounts',
      keyColumn: 'email',
      identityType: 'email',
      fail: 'permanent',
    });
    try {
      const requestId = await approve(stack.app, 'erasure', 'g2@example.com');
      await waitForStatus(stack, requestId, 'action_required');
      const failed = await taskOf(requestId, 'Flaky');
      const officer = { type: 'staff' as const, id: '00000000-0000-4000-8000-000000000002' };
      await worker
        .get(StoreTaskService)
        .closeByHand(
          failed.id,
          { outcome: 'not_found', note: 'checked with the vendor by phone' },
          officer,
        );
      await waitForStatus(stack, requestId, 'completed');
      expect(await taskOf(requestId, 'Flaky')).toMatchObject({
        state: 'succeeded',
        completed_by: officer.id,
        note: 'checked with the vendor by phone',
      });
      await expect(
        worker
          .get(StoreTaskService)
          .closeByHand(failed.id, { outcome: 'not_found', note: 'again' }, officer),
      ).rejects.toMatchObject({ code: 'conflict' });
    } finally {
      systems.systems.delete(flaky.id);
    }
  }, 60_000);

  it('holds no job for a waiting task; the answer completes the request, a repeat is harmless', async () => {
    const { StoreTaskService } = await import('@dsar/fanout');
    const processor = addSqlTestSystem(systems, 'Payment processor', {
      table: 'accounts',
      keyColumn: 'email',
      identityType: 'email',
      wait: true,
    });
    try {
      const requestId = await approve(stack.app, 'erasure', 'g3@example.com');
      const waiting = await waitFor(
        () => taskOf(requestId, 'Payment processor'),
        (task) => task?.state === 'waiting',
      );
      expect(await statusOf(requestId)).toBe('in_progress');
      const answer = {
        outcome: 'completed' as const,
        counts: {
          found: 1,
          erased: 1,
          masked: 0,
          hashed: 0,
          deleted: 0,
          retained: 0,
          rectified: 0,
        },
      };
      const tasks = worker.get(StoreTaskService);
      expect(await tasks.completeWaiting(waiting.id, answer)).toBe(true);
      await waitForStatus(stack, requestId, 'completed');
      expect(await tasks.completeWaiting(waiting.id, answer)).toBe(false);
      await expect(
        tasks.completeWaiting(waiting.id, { ...answer, outcome: 'not_found' }),
      ).rejects.toMatchObject({ code: 'conflict' });
    } finally {
      systems.systems.delete(processor.id);
    }
  }, 60_000);
});

describe('package retention', () => {
  it("deletes the subject's earlier packages when an erasure completes", async () => {
    const earlier = (
      await stack.db.query(
        `SELECT p.file_name, p.request_id FROM access_packages p JOIN requests r ON r.id = p.request_id WHERE r.email = 'ada@example.com' AND p.deleted_at IS NULL`,
      )
    ).rows;
    expect(earlier).toHaveLength(1);
    const requestId = await approve(stack.app, 'erasure', 'ada@example.com');
    await waitForStatus(stack, requestId, 'completed');
    const after = (
      await stack.db.query('SELECT deletion_reason FROM access_packages WHERE request_id = $1', [
        earlier[0].request_id,
      ])
    ).rows[0];
    expect(after.deletion_reason).toBe('erasure');
    const { existsSync } = await import('node:fs');
    // The row is marked in the completing transaction; the file goes right after commit.
    await waitFor(
      async () => existsSync(`${stack.dataDir}/${earlier[0].file_name}`),
      (exists) => !exists,
    );
    await expect(worker.get(DownloadLinks).open(adaDownloadToken)).rejects.toMatchObject({
      code: 'gone',
    });
    const audit = await stack.db.query(
      `SELECT reason FROM audit_events WHERE request_id = $1 AND action = 'package_deleted'`,
      [earlier[0].request_id],
    );
    expect(audit.rows).toEqual([{ reason: 'erasure' }]);
  }, 60_000);
  it('deletes packages past the retention period', async () => {
    const requestId = await approve(stack.app, 'access', 'bob@example.com');
    await waitForStatus(stack, requestId, 'completed');
    const packages = worker.get(AccessPackages);
    expect(await packages.deleteExpired(new Date())).toBe(0);
    expect(
      await packages.deleteExpired(new Date(Date.now() + 31 * 24 * 3600_000)),
    ).toBeGreaterThanOrEqual(1);
    const row = (
      await stack.db.query(
        'SELECT deleted_at, deletion_reason FROM access_packages WHERE request_id = $1',
        [requestId],
      )
    ).rows[0];
    expect(row).toMatchObject({ deletion_reason: 'retention', deleted_at: expect.any(Date) });
    await expect(
      packages.openForStaff(requestId, {
        type: 'staff',
        id: '00000000-0000-4000-8000-000000000003',
      }),
    ).rejects.toMatchObject({ code: 'gone' });
  }, 60_000);

  it('removes the spool files of a request closed before its package was built', async () => {
    const { RequestLifecycle } = await import('@dsar/requests');
    const { DataSource } = await import('typeorm');
    const processor = addSqlTestSystem(systems, 'Slow processor', {
      table: 'accounts',
      keyColumn: 'email',
      identityType: 'email',
      wait: true,
    });
    try {
      const requestId = await approve(stack.app, 'access', 'bob@example.com');
      await waitFor(
        () =>
          stack.db.query(
            `SELECT state FROM store_tasks WHERE request_id = $1 AND system_name = 'Slow processor'`,
            [requestId],
          ),
        (r) => r.rows[0]?.state === 'waiting',
      );
      const { existsSync } = await import('node:fs');
      expect(existsSync(`${stack.dataDir}/spool/${requestId}`)).toBe(true);
      await worker
        .get(DataSource)
        .transaction((manager) =>
          worker
            .get(RequestLifecycle)
            .apply(manager, requestId, 'cancel', STAFF, { reason: 'withdrawn by phone' }),
        );
      expect((await worker.get(AccessPackages).sweep()).spoolsRemoved).toBe(1);
      expect(existsSync(`${stack.dataDir}/spool/${requestId}`)).toBe(false);
    } finally {
      systems.systems.delete(processor.id);
    }
  }, 30_000);
});
