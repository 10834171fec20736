import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { ScriptedReceiver, answer } from '../webhooks/testing/receivers.js';
import { awaitingApproval, call, signIn, type SignedIn } from '../admin/testing/staff-test-kit.js';
import { linkToken, startTestStack, type TestStack } from '../testing/api-stack.js';

jest.setTimeout(120_000);

/** Where the task asks for it: an answer later than this while Redis is down is a failure. */
const PROMPT_MS = 2000;

let stack: TestStack;
let admin: SignedIn;
let receiver: ScriptedReceiver;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

const post = (path: string, body: unknown, address: string) =>
  call(stack, 'POST', path, undefined, body, { 'x-forwarded-for': address });

async function rows(sql: string, params: unknown[] = []) {
  return (await stack.api.get(DataSource).query(sql, params)) as Record<string, any>[];
}

async function waitForStatus(requestId: string, status: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const [row] = await rows('SELECT status FROM requests WHERE id = $1', [requestId]);
    if (row?.status === status) return;
    if (Date.now() > deadline)
      throw new Error(`request ${requestId} is ${row?.status}, not ${status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  receiver = new ScriptedReceiver([], (_attempt, res) => answer(res, 200, { status: 'completed' }));
  const url = await receiver.start();
  stack = await startTestStack({ env: { OUTBOUND_ALLOWLIST: '127.0.0.1' } });
  admin = await signIn(stack, 'admin');
  const registered = await call(stack, 'POST', '/api/admin/systems', admin.token, {
    name: 'Newsletter service',
    kind: 'webhook',
    owner: { name: 'Marketing', email: 'marketing@example.com' },
    enabled: true,
    categories: ['user.contact.email'],
    purposes: ['newsletter'],
    legalBases: ['consent'],
    recipients: [],
    retention: 'until unsubscribed',
    identityTypes: ['email'],
    actions: ['access', 'erasure', 'rectification'],
    settings: { url },
  });
  expect(registered.status).toBe(201);
});

afterAll(async () => {
  await stack?.stop();
  await receiver?.stop();
});

describe('the api while Redis is down', () => {
  it('answers intake, verification and approval at once; the relay sends the mails and runs the fan-out when Redis is back', async () => {
    // Before the outage: a subject with a verification link in hand, and a request staff entered.
    const first = await post(
      '/api/requests',
      { type: 'erasure', email: 'ada@example.com', jurisdiction: 'gdpr' },
      '10.9.0.1',
    );
    expect(first.status).toBe(202);
    const acknowledgement = await stack.smtp.waitFor((m) => m.to.includes('ada@example.com'));
    const verificationToken = linkToken(acknowledgement.text, '/verify');
    const entered = await awaitingApproval(stack, 'grace@example.com', 'erasure');

    await stack.redis.stop();

    const submitted = await timed(() =>
      post(
        '/api/requests',
        { type: 'erasure', email: 'alan@example.com', jurisdiction: 'gdpr' },
        '10.9.0.2',
      ),
    );
    expect(submitted.result.status).toBe(202);
    expect(submitted.result.body.status).toBe('pending_verification');
    expect(submitted.ms).toBeLessThan(PROMPT_MS);

    const verified = await timed(() =>
      post('/api/requests/verify', { token: verificationToken }, '10.9.0.3'),
    );
    expect(verified.result.status).toBe(200);
    expect(verified.result.body.status).toBe('awaiting_approval');
    expect(verified.ms).toBeLessThan(PROMPT_MS);
    const [ada] = await rows('SELECT id FROM requests WHERE reference = $1', [
      first.body.reference,
    ]);

    for (const requestId of [entered.id, ada!.id as string]) {
      const approved = await timed(() =>
        call(stack, 'POST', `/api/admin/requests/${requestId}/approve`, admin.token, {}),
      );
      expect(approved.result.status).toBe(200);
      expect(approved.result.body.status).toBe('in_progress');
      expect(approved.ms).toBeLessThan(PROMPT_MS);
    }

    // Postgres holds all of it: the new request, its queued mail, and every job in the outbox.
    const [alan] = await rows(
      `SELECT r.id, m.status AS mail FROM requests r JOIN outbound_mails m ON m.request_id = r.id
        WHERE r.reference = $1`,
      [submitted.result.body.reference],
    );
    expect(alan?.mail).toBe('queued');
    const waiting = await rows('SELECT kind, queue FROM queue_outbox ORDER BY queue');
    expect(waiting).toEqual(
      expect.arrayContaining([
        { kind: 'job', queue: 'mail' },
        { kind: 'job', queue: 'store-tasks' },
      ]),
    );
    // One store-task job per approved request (each has one system in its stage).
    expect(waiting.filter((row) => row.queue === 'store-tasks')).toHaveLength(2);

    // Redis comes back empty: the relay moves the rows, the mail goes out, the fan-out completes.
    await stack.redis.start();
    await stack.smtp.waitFor((m) => m.to.includes('alan@example.com'), 30_000);
    await waitForStatus(entered.id, 'completed');
    await waitForStatus(ada!.id as string, 'completed');
    await stack.smtp.waitFor(
      (m) => m.to.includes('grace@example.com') && /erase|deleted|completed/i.test(m.subject),
      30_000,
    );
    expect(await rows('SELECT id FROM queue_outbox')).toEqual([]);
    // One delivery per task: the relay did not double the work.
    const tasks = await rows(
      `SELECT request_id, state FROM store_tasks WHERE request_id = ANY($1)`,
      [[entered.id, ada!.id]],
    );
    expect(tasks.map((task) => task.state)).toEqual(['succeeded', 'succeeded']);
    expect(receiver.received).toHaveLength(2);
  });
});
