import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { storeTaskJobId } from '@dsar/fanout';
import { QUEUE, redisConnection } from '@dsar/queue';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { startTestStack, type TestStack } from '../../testing/api-stack.js';
import { awaitingApproval, call, signIn, type SignedIn } from '../testing/staff-test-kit.js';
import {
  COMPANY_SCHEMA,
  companyMap,
  withCompany,
} from '../../../../../libs/connectors/src/postgres/testing/company-database.js';

// A whole stack and argon2 logins: slow on a shared two-core machine.
jest.setTimeout(60_000);

let stack: TestStack;
let company: TestDatabase;
let officer: SignedIn;
let db: DataSource;

const unique = () => `bulk-${randomUUID().slice(0, 8)}@example.com`;
const auditActions = async (requestId: string) =>
  (
    (await db.query('SELECT action FROM audit_events WHERE request_id = $1 ORDER BY seq', [
      requestId,
    ])) as { action: string }[]
  ).map((row) => row.action);

beforeAll(async () => {
  // No worker: the approved work stays in the queue, where the test looks at it.
  stack = await startTestStack({ worker: false, env: { OUTBOUND_ALLOWLIST: '127.0.0.1' } });
  company = await createTestDatabase('company', { migrate: false });
  await withCompany(company.url, (client) => client.query(COMPANY_SCHEMA));
  officer = await signIn(stack, 'officer');
  db = stack.api.get(DataSource);
  const admin = await signIn(stack, 'admin');
  const system = await call(stack, 'POST', '/api/admin/systems', admin.token, {
    name: 'Shop database',
    kind: 'postgres',
    owner: { name: 'Data team', email: 'data@example.com' },
    identityTypes: ['email'],
    actions: ['access', 'erasure', 'rectification'],
    settings: { url: company.url, dataset: companyMap() },
  });
  expect(system.status).toBe(201);
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await company?.drop();
}, 60_000);

describe('POST /api/admin/requests/bulk/*', () => {
  it('approves the approvable, refuses the rest by id with the reason, and enqueues the work', async () => {
    const waiting = await Promise.all([1, 2, 3].map(() => awaitingApproval(stack, unique())));
    const denied = await awaitingApproval(stack, unique());
    await call(stack, 'POST', `/api/admin/requests/${denied.id}/deny`, officer.token, {
      reasonCode: 'manifestly_unfounded',
      text: 'Repeated request.',
    });
    const unknown = randomUUID();
    const ids = [...waiting.map((request) => request.id), denied.id, unknown];

    const answer = await call(stack, 'POST', '/api/admin/requests/bulk/approve', officer.token, {
      ids,
    });

    expect(answer.status).toBe(200);
    expect([...answer.body.done].sort()).toEqual(waiting.map((request) => request.id).sort());
    expect(answer.body.refused).toEqual(
      expect.arrayContaining([
        { id: denied.id, reason: expect.stringMatching(/denied/i) },
        { id: unknown, reason: expect.stringContaining(unknown) },
      ]),
    );
    expect(answer.body.refused).toHaveLength(2);
    // The refused one is as it was; each approved one has its own audit event and its task.
    const [deniedNow] = await db.query('SELECT status FROM requests WHERE id = $1', [denied.id]);
    expect(deniedNow.status).toBe('denied');
    expect(await auditActions(denied.id)).not.toContain('approve');
    const config = stack.api.get<AppConfig>(APP_CONFIG);
    const queue = new Queue(QUEUE.storeTasks, {
      connection: redisConnection(stack.redis.url),
      prefix: config.queuePrefix,
    });
    try {
      for (const request of waiting) {
        const actions = await auditActions(request.id);
        expect(actions.filter((action) => action === 'approve')).toHaveLength(1);
        const tasks = (await db.query(
          'SELECT id, state, enqueued_at, attempts FROM store_tasks WHERE request_id = $1',
          [request.id],
        )) as { id: string; state: string; enqueued_at: Date | null; attempts: number }[];
        expect(tasks).toHaveLength(1);
        expect(tasks[0]).toMatchObject({ state: 'queued', enqueued_at: expect.any(Date) });
        const job = await queue.getJob(storeTaskJobId({ id: tasks[0]!.id, run: 0 }));
        expect(job?.data).toEqual({ taskId: tasks[0]!.id });
      }
    } finally {
      await queue.close();
    }
    // Relayed after commit: nothing is left in the job outbox.
    const [left] = await db.query('SELECT count(*)::int AS n FROM queue_outbox');
    expect(left.n).toBe(0);

    // A second call changes nothing: every request is refused, no task is added.
    const again = await call(stack, 'POST', '/api/admin/requests/bulk/approve', officer.token, {
      ids: waiting.map((request) => request.id),
    });
    expect(again.body.done).toEqual([]);
    expect(again.body.refused).toHaveLength(3);
    const [tasks] = await db.query(
      'SELECT count(*)::int AS n FROM store_tasks WHERE request_id = ANY($1)',
      [waiting.map((request) => request.id)],
    );
    expect(tasks.n).toBe(3);
  });

  it('assigns and unassigns many; an assignee that is no enabled account is a 400', async () => {
    const requests = await Promise.all([1, 2].map(() => awaitingApproval(stack, unique())));
    const ids = requests.map((request) => request.id);
    const assigned = await call(stack, 'POST', '/api/admin/requests/bulk/assign', officer.token, {
      ids,
      assigneeId: officer.id,
    });
    expect(assigned.status).toBe(200);
    expect([...assigned.body.done].sort()).toEqual([...ids].sort());
    const rows = await db.query('SELECT assignee_id FROM requests WHERE id = ANY($1)', [ids]);
    expect(rows.map((row: { assignee_id: string }) => row.assignee_id)).toEqual([
      officer.id,
      officer.id,
    ]);
    for (const id of ids) expect(await auditActions(id)).toContain('assign');

    const unassigned = await call(stack, 'POST', '/api/admin/requests/bulk/assign', officer.token, {
      ids,
      assigneeId: null,
    });
    expect(unassigned.body.done).toHaveLength(2);
    const bad = await call(stack, 'POST', '/api/admin/requests/bulk/assign', officer.token, {
      ids,
      assigneeId: randomUUID(),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'assigneeId', message: 'is not an enabled staff account' },
    ]);
  });

  it('denies many, each with its audit event and its letter to the subject', async () => {
    const requests = await Promise.all([1, 2].map(() => awaitingApproval(stack, unique())));
    const ids = requests.map((request) => request.id);
    const denied = await call(stack, 'POST', '/api/admin/requests/bulk/deny', officer.token, {
      ids,
      reasonCode: 'manifestly_unfounded',
      text: 'Repeated request.',
    });
    expect(denied.status).toBe(200);
    expect(denied.body.done).toHaveLength(2);
    for (const id of ids) {
      expect((await auditActions(id)).filter((action) => action === 'deny')).toHaveLength(1);
      const [mail] = await db.query(
        `SELECT count(*)::int AS n FROM outbound_mails WHERE request_id = $1 AND template = 'denial'`,
        [id],
      );
      expect(mail.n).toBe(1);
    }
  });

  it('answers in id order over several chunks decided side by side', async () => {
    const waiting = await Promise.all([1, 2, 3].map(() => awaitingApproval(stack, unique())));
    const unknown = Array.from({ length: 400 }, () => randomUUID()); // chunks of 20, 250, 133
    const ids = [...unknown, ...waiting.map((request) => request.id)];
    const inIdOrder = (list: string[]) => [...list].sort();

    const answer = await call(stack, 'POST', '/api/admin/requests/bulk/approve', officer.token, {
      ids,
    });

    expect(answer.status).toBe(200);
    expect(answer.body.done).toEqual(inIdOrder(waiting.map((request) => request.id)));
    expect(answer.body.refused.map((refusal: { id: string }) => refusal.id)).toEqual(
      inIdOrder(unknown),
    );
    for (const request of waiting)
      expect(
        (await auditActions(request.id)).filter((action) => action === 'approve'),
      ).toHaveLength(1);
  });

  it('answers a bad list with a 400 that names it, and a viewer with 403', async () => {
    const cases: [unknown, string][] = [
      [{ ids: [] }, 'must name at least one request'],
      [
        { ids: Array.from({ length: 2001 }, () => randomUUID()) },
        'must name at most 2000 requests',
      ],
      [{ ids: ['not-a-uuid'] }, 'must be a UUID'],
      [
        { ids: [randomUUID(), randomUUID()].flatMap((id) => [id, id]) },
        'must not name a request twice',
      ],
      [{}, 'must be a list of request ids'],
    ];
    for (const [body, message] of cases) {
      const answer = await call(
        stack,
        'POST',
        '/api/admin/requests/bulk/approve',
        officer.token,
        body,
      );
      expect([answer.status, answer.body.errors?.[0]?.message]).toEqual([400, message]);
      expect(answer.body.errors[0].field).toMatch(/^ids/);
    }
    const viewer = await signIn(stack, 'viewer');
    const refused = await call(stack, 'POST', '/api/admin/requests/bulk/approve', viewer.token, {
      ids: [randomUUID()],
    });
    expect(refused.status).toBe(403);
  });

  it('completes at once, one by one inside the chunk, an approval with no system to ask', async () => {
    const requests = await Promise.all(
      [1, 2].map(() => awaitingApproval(stack, unique(), 'erasure')),
    );
    const ids = requests.map((request) => request.id);
    await db.query('UPDATE systems SET enabled = false');
    try {
      const answer = await call(stack, 'POST', '/api/admin/requests/bulk/approve', officer.token, {
        ids,
      });
      expect(answer.status).toBe(200);
      expect([...answer.body.done].sort()).toEqual([...ids].sort());
    } finally {
      await db.query('UPDATE systems SET enabled = true');
    }
    const rows = (await db.query('SELECT status FROM requests WHERE id = ANY($1)', [ids])) as {
      status: string;
    }[];
    expect(rows.map((row) => row.status)).toEqual(['completed', 'completed']);
    for (const id of ids) {
      const actions = await auditActions(id);
      expect(actions.filter((action) => action === 'approve')).toHaveLength(1);
      expect(actions.filter((action) => action === 'tasks_planned')).toHaveLength(1);
    }
    const [tasks] = await db.query(
      'SELECT count(*)::int AS n FROM store_tasks WHERE request_id = ANY($1)',
      [ids],
    );
    expect(tasks.n).toBe(0);
  });
});
