import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  addSqlTestSystem,
  approve,
  COMPANY_SCHEMA,
  createTestDatabase,
  fakeSystems,
  InMemorySystems,
  readZip,
  SqlTestConnector,
  waitForStatus,
  type TestDatabase,
} from '@dsar/testing';
import { call, signIn, type SignedIn } from '../admin/testing/staff-test-kit.js';
import { linkToken, startTestStack, type TestStack } from '../testing/api-stack.js';

// The tasks' systems are tables of a company database this file owns, read by SqlTestConnector.
const systems = new InMemorySystems();
let company: TestDatabase;
let companyDb: pg.Client;
let connector: SqlTestConnector;
let stack: TestStack;
let officer: SignedIn;
let viewer: SignedIn;

beforeAll(async () => {
  company = await createTestDatabase('company', { migrate: false });
  companyDb = new pg.Client({ connectionString: company.url });
  await companyDb.connect();
  await companyDb.query(COMPANY_SCHEMA);
  await companyDb.query(
    `INSERT INTO accounts (email, user_id, name) VALUES ('hana@example.com', 'h-1', 'Hana')`,
  );
  connector = new SqlTestConnector(company.url);
  addSqlTestSystem(systems, 'Accounts DB', {
    table: 'accounts',
    keyColumn: 'email',
    identityType: 'email',
  });
  stack = await startTestStack({ fakes: fakeSystems(systems, [connector]) });
  officer = await signIn(stack, 'officer');
  viewer = await signIn(stack, 'viewer');
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await connector?.close();
  await companyDb?.end();
  await company?.drop();
}, 60_000);

async function failingRequest(email: string) {
  const flaky = addSqlTestSystem(systems, `Flaky ${email}`, {
    table: 'accounts',
    keyColumn: 'email',
    identityType: 'email',
    fail: 'permanent',
  });
  const requestId = await approve(stack.api, 'erasure', email);
  await waitForStatus(stack, requestId, 'action_required');
  const listed = await call(
    stack,
    'GET',
    `/api/admin/tasks?filter=${encodeURIComponent(JSON.stringify({ requestId, state: 'failed' }))}`,
    viewer.token,
  );
  return {
    flaky,
    requestId,
    task: listed.body[0] as { id: string; systemName: string; lastError: string },
  };
}

describe('/api/admin/tasks', () => {
  it('lists tasks in the React-Admin dialect; bad queries are 400s naming the field', async () => {
    const requestId = await approve(stack.api, 'erasure', 'hana@example.com');
    await waitForStatus(stack, requestId, 'completed');
    const query = `filter=${encodeURIComponent(JSON.stringify({ requestId }))}&sort=${encodeURIComponent('["systemName","ASC"]')}&range=[0,9]`;
    const listed = await call(stack, 'GET', `/api/admin/tasks?${query}`, viewer.token);
    expect(listed.status).toBe(200);
    expect(listed.headers.get('content-range')).toBe('tasks 0-0/1');
    expect(listed.body[0]).toMatchObject({
      requestId,
      systemName: 'Accounts DB',
      state: 'succeeded',
      action: 'erasure',
      stage: 0,
      dueAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/),
    });
    const one = await call(stack, 'GET', `/api/admin/tasks/${listed.body[0].id}`, viewer.token);
    expect(one.body).toMatchObject({ id: listed.body[0].id, state: 'succeeded' });

    const bad = await call(
      stack,
      'GET',
      `/api/admin/tasks?filter=${encodeURIComponent('{"colour":"red"}')}`,
      viewer.token,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'filter.colour', message: 'is not a filter of this resource' },
    ]);
    expect((await call(stack, 'GET', '/api/admin/tasks/not-a-uuid', viewer.token)).status).toBe(
      400,
    );
    expect(
      (
        await call(
          stack,
          'GET',
          '/api/admin/tasks/00000000-0000-4000-8000-000000000000',
          viewer.token,
        )
      ).status,
    ).toBe(404);
    expect((await call(stack, 'GET', '/api/admin/tasks')).status).toBe(401);
    expect(
      (await call(stack, 'DELETE', `/api/admin/tasks/${listed.body[0].id}`, officer.token)).status,
    ).toBe(405);
  }, 60_000);

  it("sorts by the request's answer date, an extension included", async () => {
    const [extended, sooner] = [
      await approve(stack.api, 'erasure', 'ivy@example.com'),
      await approve(stack.api, 'erasure', 'jon@example.com'),
    ];
    await waitForStatus(stack, extended, 'completed');
    await waitForStatus(stack, sooner, 'completed');
    // The first request was received earlier, but its answer date was pushed back.
    await stack.db.query(
      `UPDATE requests SET received_at = now() - interval '1 day', extended_due_at = due_at + interval '2 months' WHERE id = $1`,
      [extended],
    );
    const listFor = async (order: string) => {
      const filter = encodeURIComponent(JSON.stringify({ requestId: [extended, sooner] }));
      const sort = encodeURIComponent(`["dueAt","${order}"]`);
      const listed = await call(
        stack,
        'GET',
        `/api/admin/tasks?filter=${filter}&sort=${sort}`,
        viewer.token,
      );
      expect(listed.status).toBe(200);
      return (listed.body as { requestId: string; dueAt: string }[]).map((task) => task.requestId);
    };
    expect(await listFor('ASC')).toEqual([sooner, extended]);
    expect(await listFor('DESC')).toEqual([extended, sooner]);
  });

  it('retries a failed task (officers only); the request goes back to in_progress and completes', async () => {
    const { flaky, requestId, task } = await failingRequest('ines@example.com');
    expect(task.lastError).toBe('the test system refuses this request');
    expect(
      (await call(stack, 'POST', `/api/admin/tasks/${task.id}/retry`, viewer.token)).status,
    ).toBe(403);
    delete (flaky.settings as { fail?: string }).fail;
    const retried = await call(stack, 'POST', `/api/admin/tasks/${task.id}/retry`, officer.token);
    expect(retried.status).toBe(200);
    await waitForStatus(stack, requestId, 'completed');
    expect(
      (await call(stack, 'POST', `/api/admin/tasks/${task.id}/retry`, officer.token)).status,
    ).toBe(409);
    const audit = await stack.db.query(
      `SELECT actor_id FROM audit_events WHERE request_id = $1 AND action = 'task_retried'`,
      [requestId],
    );
    expect(audit.rows).toEqual([{ actor_id: officer.id }]);
    systems.systems.delete(flaky.id);
  }, 60_000);

  it('closes a task by hand with an outcome and a note; a bad body is a 400 naming each field', async () => {
    const { flaky, requestId, task } = await failingRequest('jon@example.com');
    const bad = await call(stack, 'POST', `/api/admin/tasks/${task.id}/complete`, officer.token, {
      outcome: 'maybe',
      extra: 1,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'extra',
      'note',
      'outcome',
    ]);
    // "Could not be done" tells the person why, so it needs the note for them.
    const untold = await call(
      stack,
      'POST',
      `/api/admin/tasks/${task.id}/complete`,
      officer.token,
      {
        outcome: 'failed',
        note: 'vendor gone',
      },
    );
    expect(untold.status).toBe(400);
    expect(untold.body.errors.map((e: { field: string }) => e.field)).toEqual(['subjectNote']);
    const closed = await call(
      stack,
      'POST',
      `/api/admin/tasks/${task.id}/complete`,
      officer.token,
      { outcome: 'not_found', note: 'asked the vendor by phone' },
    );
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      state: 'succeeded',
      note: 'asked the vendor by phone',
      completedBy: officer.id,
    });
    await waitForStatus(stack, requestId, 'completed');
    systems.systems.delete(flaky.id);
  }, 60_000);
});

describe('downloads', () => {
  it('serves the package to the subject by link and to staff, each download audited', async () => {
    const requestId = await approve(stack.api, 'access', 'hana@example.com');
    await waitForStatus(stack, requestId, 'completed');
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes('hana@example.com') && /ready/.test(m.subject),
    );
    const token = linkToken(mail.text, '/download');

    // The link opens the privacy center's page; its button fetches the file (`file=1`).
    const subject = await fetch(`${stack.baseUrl}/download?token=${token}&file=1`);
    expect(subject.status).toBe(200);
    expect(subject.headers.get('content-type')).toBe('application/zip');
    const files = await readZip(
      (await import('node:stream')).Readable.from(Buffer.from(await subject.arrayBuffer())),
    );
    expect(JSON.parse(files['manifest.json']!).identitiesUsed).toEqual({
      email: ['hana@example.com'],
    });

    // The download page says until when the link works and when the file is deleted.
    const info = await fetch(`${stack.baseUrl}/api/requests/download-info?token=${token}`);
    expect(info.status).toBe(200);
    const { linkExpiresAt, packageDeletedAt } = (await info.json()) as Record<string, string>;
    const { rows: links } = await stack.db.query(
      `SELECT max(expires_at) AS at FROM request_tokens WHERE request_id = $1 AND purpose = 'download'`,
      [requestId],
    );
    expect(new Date(linkExpiresAt!)).toEqual(new Date(links[0].at));
    const { rows: built } = await stack.db.query(
      `SELECT created_at FROM access_packages WHERE request_id = $1`,
      [requestId],
    );
    // packageRetentionDays, 30 by default.
    expect(new Date(packageDeletedAt!).getTime() - new Date(built[0].created_at).getTime()).toBe(
      30 * 24 * 3600_000,
    );
    expect(
      (await fetch(`${stack.baseUrl}/api/requests/download-info?token=${'A'.repeat(43)}`)).status,
    ).toBe(404);
    expect((await fetch(`${stack.baseUrl}/api/requests/download-info`)).status).toBe(400);

    const staff = await fetch(`${stack.baseUrl}/api/admin/requests/${requestId}/package`, {
      headers: { authorization: `Bearer ${viewer.token}` },
    });
    expect(staff.status).toBe(200);
    await staff.arrayBuffer();
    expect((await fetch(`${stack.baseUrl}/api/admin/requests/${requestId}/package`)).status).toBe(
      401,
    );
    expect((await fetch(`${stack.baseUrl}/download?token=nope&file=1`)).status).toBe(400);
    expect((await fetch(`${stack.baseUrl}/download?token=${'A'.repeat(43)}&file=1`)).status).toBe(
      404,
    );

    const audit = await stack.db.query(
      `SELECT actor_type, actor_id, data->>'channel' AS channel FROM audit_events WHERE request_id = $1 AND action = 'download_package' ORDER BY seq`,
      [requestId],
    );
    expect(audit.rows).toEqual([
      { actor_type: 'subject', actor_id: null, channel: 'subject_link' },
      { actor_type: 'staff', actor_id: viewer.id, channel: 'admin' },
    ]);
  }, 60_000);

  it('mails a fresh download link when the subject asks with the status token', async () => {
    const { RequestTokens } = await import('@dsar/requests');
    const { DataSource } = await import('typeorm');
    const { rows } = await stack.db.query(
      `SELECT id FROM requests WHERE email = 'hana@example.com' AND type = 'access'`,
    );
    const statusToken = await stack.api
      .get(RequestTokens)
      .issue(stack.api.get(DataSource).manager, rows[0].id, 'status', null);
    const before = stack.smtp.mailsTo('hana@example.com').length;
    const asked = await call(stack, 'POST', '/api/requests/download-link', undefined, {
      token: statusToken,
    });
    expect(asked.status).toBe(202);
    await stack.smtp.waitFor(() => stack.smtp.mailsTo('hana@example.com').length > before);
    const fresh = linkToken(stack.smtp.mailsTo('hana@example.com').at(-1)!.text, '/download');
    expect((await fetch(`${stack.baseUrl}/download?token=${fresh}&file=1`)).status).toBe(200);
    expect(
      (await call(stack, 'POST', '/api/requests/download-link', undefined, { token: 'x' })).status,
    ).toBe(400);
    expect(
      (
        await call(stack, 'POST', '/api/requests/download-link', undefined, {
          token: 'B'.repeat(43),
        })
      ).status,
    ).toBe(404);
  }, 30_000);
});
