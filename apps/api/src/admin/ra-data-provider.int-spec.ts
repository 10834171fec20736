import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'ra-core';
import { MailSender } from '@dsar/mail';
import { OutboundMailEntity } from '@dsar/persistence';
import { DataSource } from 'typeorm';
import { startTestStack, type TestStack } from '../testing/api-stack.js';
import { call, signIn, type SignedIn } from './testing/staff-test-kit.js';

// A whole stack per file and argon2 logins: slow on a shared two-core machine.
jest.setTimeout(60_000);

let stack: TestStack;
let admin: SignedIn;
let officer: SignedIn;

/** The data provider React-Admin uses, with a bearer token and our custom actions. */
function provider(token: string) {
  const apiUrl = `${stack.baseUrl}/api/admin`;
  const httpClient = (url: string, options: fetchUtils.Options = {}) =>
    fetchUtils.fetchJson(url, {
      ...options,
      user: { authenticated: true, token: `Bearer ${token}` },
    });
  const base: DataProvider = simpleRestProvider(apiUrl, httpClient);
  const action = (id: string, name: string, body: unknown = {}) =>
    httpClient(`${apiUrl}/requests/${id}/${name}`, {
      method: 'POST',
      body: JSON.stringify(body),
    }).then(({ json }) => ({ data: json }));
  return {
    ...base,
    verifyRequest: (id: string, note: string) => action(id, 'verify', { note }),
    approveRequest: (id: string) => action(id, 'approve'),
    denyRequest: (id: string, reasonCode: string, text: string) =>
      action(id, 'deny', { reasonCode, text }),
    extendRequest: (id: string, reason: string) => action(id, 'extend', { reason }),
    cancelRequest: (id: string, reason?: string) => action(id, 'cancel', { reason }),
    assignRequest: (id: string, assigneeId: string | null) => action(id, 'assign', { assigneeId }),
    noteRequest: (id: string, text: string) => action(id, 'note', { text }),
  };
}

/** Sends every queued outbox mail to the SMTP sink, then waits for the one asked for. */
async function mailTo(address: string, subjectPart: string) {
  const queued = await stack.api
    .get(DataSource)
    .manager.findBy(OutboundMailEntity, { status: 'queued' });
  for (const mail of queued) await stack.api.get(MailSender).send(mail.id);
  return stack.smtp.waitFor(
    (mail) => mail.to.includes(address) && mail.subject.includes(subjectPart),
  );
}

async function failure(promise: Promise<unknown>): Promise<{ status: number; body: any }> {
  try {
    await promise;
  } catch (error) {
    return error as { status: number; body: any };
  }
  throw new Error('expected the call to fail');
}

const postal = (email: string, type = 'access', jurisdiction = 'gdpr', name = 'Postal Person') => ({
  type,
  email,
  name,
  jurisdiction,
  channel: 'post',
  verificationNote: 'letter signed, ID copy enclosed',
});

beforeAll(async () => {
  // No worker: this file tests the api; queued mails are sent by the api's own MailSender.
  stack = await startTestStack({ worker: false });
  admin = await signIn(stack, 'admin');
  const created = await provider(admin.token).create('users', {
    data: {
      email: 'olga@staff.example',
      name: 'Olga Officer',
      role: 'officer',
      password: 'a long enough password',
    },
  });
  expect(created.data).toMatchObject({
    email: 'olga@staff.example',
    role: 'officer',
    enabled: true,
  });
  expect(created.data).not.toHaveProperty('passwordHash');
  const login = await call(stack, 'POST', '/api/auth/login', undefined, {
    email: 'olga@staff.example',
    password: 'a long enough password',
  });
  officer = { id: created.data.id as string, email: 'olga@staff.example', token: login.body.token };
});

afterAll(async () => {
  await stack?.stop();
});

describe('the admin API through ra-data-simple-rest', () => {
  it('creates postal requests and lists them with filters, sort and paging', async () => {
    const data = provider(officer.token);
    const made = [];
    for (const [index, type] of ['access', 'access', 'access', 'erasure'].entries()) {
      made.push(
        (await data.create('requests', { data: postal(`list${index}@example.com`, type) })).data,
      );
    }
    expect(made[0]).toMatchObject({
      status: 'awaiting_approval',
      source: 'staff',
      verificationMethod: 'manual',
      reference: expect.stringMatching(/^DSR-\d{4}-\d{6}$/),
    });
    // The subject gets an acknowledgement with a status link and no verification link.
    const ack = await mailTo('list0@example.com', 'privacy request');
    expect(ack.text).toContain('/status?token=');
    expect(ack.text).not.toContain('/verify?token=');

    const page = await data.getList('requests', {
      filter: { status: 'awaiting_approval', type: 'access', q: 'list' },
      sort: { field: 'reference', order: 'DESC' },
      pagination: { page: 1, perPage: 2 },
    });
    expect(page.total).toBe(3);
    expect(page.data.map((row) => row.reference)).toEqual([made[2].reference, made[1].reference]);
    const second = await data.getList('requests', {
      filter: { status: 'awaiting_approval', type: 'access', q: 'list' },
      sort: { field: 'reference', order: 'DESC' },
      pagination: { page: 2, perPage: 2 },
    });
    expect(second.data.map((row) => row.reference)).toEqual([made[0].reference]);

    const byReference = await data.getList('requests', {
      filter: { reference: made[3].reference.toLowerCase() },
      sort: { field: 'id', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    });
    expect(byReference.data.map((row) => row.id)).toEqual([made[3].id]);

    const many = await data.getMany('requests', { ids: [made[0].id, made[3].id] });
    expect(many.data.map((row) => row.id).sort()).toEqual([made[0].id, made[3].id].sort());
    const one = await data.getOne('requests', { id: made[1].id });
    expect(one.data).toMatchObject({ id: made[1].id, email: 'list1@example.com' });
  });

  it('counts exactly up to 1,000 rows and gives the planner estimate beyond', async () => {
    const db = new pg.Client({ connectionString: stack.database.url });
    await db.connect();
    await db.query(`
      INSERT INTO requests (reference, type, status, jurisdiction, email, received_at, due_at)
      SELECT 'DSR-1999-' || lpad(n::text, 6, '0'), 'access', 'completed', 'gdpr',
             'bulk' || n || '@example.com', now(), now() + interval '30 days'
        FROM generate_series(1, 1500) n`);
    await db.query('ANALYZE requests');
    await db.end();
    const data = provider(officer.token);
    const query = (q: string) =>
      data.getList('requests', {
        filter: { q },
        sort: { field: 'receivedAt', order: 'DESC' },
        pagination: { page: 1, perPage: 10 },
      });
    const broad = await query('bulk');
    expect(broad.data).toHaveLength(10);
    expect(broad.total).toBeGreaterThan(1000);
    expect((await query('bulk14')).total).toBe(111); // bulk14, bulk140…149, bulk1400…1499
  });

  it('refuses unknown filters and sorts with 400 naming them, and unknown verbs with 405', async () => {
    const data = provider(officer.token);
    const badFilter = await failure(
      data.getList('requests', {
        filter: { password: 'x' },
        sort: { field: 'id', order: 'ASC' },
        pagination: { page: 1, perPage: 5 },
      }),
    );
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors).toEqual([
      { field: 'filter.password', message: expect.any(String) },
    ]);
    const badSort = await failure(
      data.getList('requests', {
        filter: {},
        sort: { field: 'email', order: 'ASC' },
        pagination: { page: 1, perPage: 5 },
      }),
    );
    expect(badSort.status).toBe(400);
    const deleted = await failure(
      data.delete('requests', { id: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(deleted.status).toBe(405);
    expect(
      (await failure(data.getOne('requests', { id: '00000000-0000-4000-8000-000000000000' })))
        .status,
    ).toBe(404);
  });

  it('verifies by hand, approves, and refuses a second approval with 409', async () => {
    const submitted = await call(stack, 'POST', '/api/requests', undefined, {
      type: 'access',
      email: 'phone@example.com',
      jurisdiction: 'ccpa',
    });
    expect(submitted.status).toBe(202);
    const data = provider(officer.token);
    const { data: rows } = await data.getList('requests', {
      filter: { reference: submitted.body.reference },
      sort: { field: 'id', order: 'ASC' },
      pagination: { page: 1, perPage: 1 },
    });
    const id = rows[0]!.id as string;
    const missingNote = await failure(data.verifyRequest(id, ''));
    expect(missingNote.status).toBe(400);
    expect(missingNote.body.errors[0].field).toBe('note');
    const verified = await data.verifyRequest(id, 'called back on the number in our records');
    expect(verified.data).toMatchObject({
      status: 'awaiting_approval',
      verificationMethod: 'manual',
    });
    const approved = await data.approveRequest(id);
    expect(approved.data.status).toBe('in_progress');
    const again = await failure(data.approveRequest(id));
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('cannot approve');

    const events = await data.getList('audit-events', {
      filter: { requestId: id, actorId: officer.id },
      sort: { field: 'seq', order: 'ASC' },
      pagination: { page: 1, perPage: 50 },
    });
    expect(events.data.map((event) => event.action)).toEqual(['verify', 'approve']);
    expect(events.data[0]).toMatchObject({
      fromStatus: 'pending_verification',
      toStatus: 'awaiting_approval',
      reason: 'called back on the number in our records',
    });
    expect(JSON.stringify(events.data)).not.toContain('phone@example.com');
  });

  it('denies with a reason code and mails the reasons and the right to complain', async () => {
    const data = provider(officer.token);
    const { data: request } = await data.create('requests', {
      data: postal('deny@example.com', 'erasure'),
    });
    const noCode = await failure(data.denyRequest(request.id, '', 'no'));
    expect(noCode.status).toBe(400);
    expect(noCode.body.errors[0].field).toBe('reasonCode');
    const denied = await data.denyRequest(
      request.id,
      'excessive_repetitive',
      'Fourth identical request this month.',
    );
    expect(denied.data).toMatchObject({
      status: 'denied',
      denialReasonCode: 'excessive_repetitive',
    });
    const mail = await mailTo('deny@example.com', 'declined');
    expect(mail.text).toContain('Fourth identical request this month.');
    expect(mail.text).toContain('lodge a complaint with a supervisory authority');
    expect(mail.text).toContain('supervisory authority of your country of residence');
    expect((await failure(data.denyRequest(request.id, 'other', 'again'))).status).toBe(409);
  });

  it('extends once with the new date, assigns, notes and cancels', async () => {
    const data = provider(officer.token);
    const { data: request } = await data.create('requests', { data: postal('extend@example.com') });
    const extended = await data.extendRequest(request.id, 'Many systems to search');
    expect(extended.data.extendedDueAt).not.toBeNull();
    expect(new Date(extended.data.extendedDueAt).getTime()).toBeGreaterThan(
      new Date(request.dueAt).getTime(),
    );
    const mail = await mailTo('extend@example.com', 'new answer date');
    expect(mail.text).toContain('Why: Many systems to search');
    const twice = await failure(data.extendRequest(request.id, 'again'));
    expect(twice.status).toBe(409);
    expect(twice.body.message).toContain('already been extended');

    const assignees = await data.getList('assignees', {
      filter: { q: 'olga' },
      sort: { field: 'name', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    });
    expect(assignees.data).toEqual([
      { id: officer.id, name: 'Olga Officer', role: 'officer', enabled: true },
    ]);
    const assigned = await data.assignRequest(request.id, officer.id);
    expect(assigned.data.assigneeId).toBe(officer.id);
    const mine = await data.getList('requests', {
      filter: { assigneeId: officer.id },
      sort: { field: 'dueAt', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    });
    expect(mine.data.map((row) => row.id)).toEqual([request.id]);
    expect(
      (await failure(data.assignRequest(request.id, '00000000-0000-4000-8000-000000000000')))
        .status,
    ).toBe(400);

    await data.noteRequest(request.id, 'Subject called to ask about progress');
    const cancelled = await data.cancelRequest(request.id, 'Withdrawn by phone');
    expect(cancelled.data.status).toBe('cancelled');
    await mailTo('extend@example.com', 'cancelled');
    const timeline = await data.getList('audit-events', {
      filter: { requestId: request.id },
      sort: { field: 'seq', order: 'ASC' },
      pagination: { page: 1, perPage: 50 },
    });
    expect(timeline.data.map((event) => event.action)).toEqual([
      'submitted',
      'verify',
      'extend',
      'assign',
      'note',
      'cancel',
    ]);
  });

  it('lets an admin turn on auto-approval; matching requests go straight on, done by the system', async () => {
    const officerData = provider(officer.token);
    const refused = await failure(
      officerData.update('settings', {
        id: 'current',
        data: { autoApproval: [] },
        previousData: { id: 'current' },
      }),
    );
    expect(refused.status).toBe(403);
    const adminData = provider(admin.token);
    const before = await adminData.getOne('settings', { id: 'current' });
    expect(before.data.autoApproval).toEqual([]);
    const bad = await failure(
      adminData.update('settings', {
        id: 'current',
        data: { ...before.data, autoApproval: [{ type: 'gossip' }] },
        previousData: before.data,
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toMatch(/^autoApproval\.0\.type/);
    await adminData.update('settings', {
      id: 'current',
      data: { ...before.data, autoApproval: [{ type: 'erasure', jurisdiction: 'gdpr' }] },
      previousData: before.data,
    });
    const { data: erasure } = await officerData.create('requests', {
      data: postal('auto@example.com', 'erasure'),
    });
    expect(erasure.status).toBe('in_progress');
    const { data: access } = await officerData.create('requests', {
      data: postal('manual@example.com', 'access'),
    });
    expect(access.status).toBe('awaiting_approval');
    const events = await officerData.getList('audit-events', {
      filter: { requestId: erasure.id, action: 'approve' },
      sort: { field: 'seq', order: 'ASC' },
      pagination: { page: 1, perPage: 5 },
    });
    expect(events.data).toEqual([
      expect.objectContaining({ actorType: 'system', actorId: null, reason: 'auto_approval' }),
    ]);
  });

  it('manages users: update through the whole record, disable instead of delete', async () => {
    const data = provider(admin.token);
    const { data: viewer } = await data.create('users', {
      data: {
        email: 'vic@staff.example',
        name: 'Vic',
        role: 'viewer',
        password: 'another long password',
      },
    });
    const session = await call(stack, 'POST', '/api/auth/login', undefined, {
      email: 'vic@staff.example',
      password: 'another long password',
    });
    expect((await call(stack, 'GET', '/api/admin/requests', session.body.token)).status).toBe(200);
    const updated = await data.update('users', {
      id: viewer.id,
      data: { ...viewer, enabled: false },
      previousData: viewer,
    });
    expect(updated.data.enabled).toBe(false);
    expect((await call(stack, 'GET', '/api/admin/requests', session.body.token)).status).toBe(401);
    expect((await failure(data.delete('users', { id: viewer.id }))).status).toBe(405);
    const list = await data.getList('users', {
      filter: { enabled: false },
      sort: { field: 'email', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    });
    expect(list.data.map((user) => user.email)).toEqual(['vic@staff.example']);
  });
});
