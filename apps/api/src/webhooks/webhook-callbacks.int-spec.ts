import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { DataSource } from 'typeorm';
import { RequestLifecycle } from '@dsar/requests';
import { generateWebhookSecret } from '@dsar/webhooks';
import { approve, setSettings, storeTasksOf, waitFor, waitForStatus } from '@dsar/testing';
import type { TestStack } from '../testing/api-stack.js';
import { bearer, WebhookTestbed } from './testing/webhook-testbed.js';
import { ScriptedReceiver, answer } from './testing/receivers.js';

interface TaskEvent {
  data: { taskId: string; callbackUrl: string; callbackToken: string };
}

/** Signs like an integrator following docs/webhooks.md (standardwebhooks package). */
function signed(secret: string, body: string, at = new Date(), id = `msg_${randomUUID()}`) {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, at, body),
  };
}

describe('callbacks, secret rotation and the delivery log', () => {
  const bed = new WebhookTestbed();
  let stack: TestStack;
  let receiver: ScriptedReceiver;
  let secret: string;
  let systemId: string;

  beforeAll(async () => {
    stack = await bed.start();
    await setSettings(stack, { retrySchedule: [1, 1], staffAlertEmails: ['dpo@controller.test'] });
    secret = generateWebhookSecret();
    receiver = new ScriptedReceiver([secret], (_attempt, res) => answer(res, 202));
    const url = await receiver.start();
    systemId = bed.registry.add('Async warehouse', 'webhook', { url, secret }).id;
  }, 60_000);

  afterAll(async () => {
    await receiver.stop();
    await bed.stop();
  });

  async function waitingTask(type: 'access' | 'erasure', email: string) {
    const requestId = await approve(stack.api, type, email);
    const [task] = await waitFor(
      () => storeTasksOf(stack, requestId),
      (tasks) => tasks[0]?.state === 'waiting',
    );
    const events = receiver.received.map((r) => JSON.parse(r.body) as TaskEvent);
    const event = events.find((e) => e.data.taskId === task!.id)!;
    return { requestId, event };
  }

  const post = (url: string, body: string, headers: Record<string, string>) =>
    fetch(url, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('refuses unsigned, wrongly authorised, tampered, late and replayed callbacks; repeats are idempotent', async () => {
    const { requestId, event } = await waitingTask('erasure', 'ada@example.com');
    const { callbackUrl, callbackToken } = event.data;
    const bearer = { authorization: `Bearer ${callbackToken}` };
    const body = JSON.stringify({ status: 'completed', message: 'erased 3 rows' });

    expect((await post(callbackUrl, body, bearer)).status).toBe(401);
    const wrongToken = { authorization: `Bearer ${'A'.repeat(43)}` };
    expect((await post(callbackUrl, body, { ...wrongToken, ...signed(secret, body) })).status).toBe(
      401,
    );
    const tampered = await post(callbackUrl, JSON.stringify({ status: 'not_found' }), {
      ...bearer,
      ...signed(secret, body),
    });
    expect(tampered.status).toBe(401);
    expect(await tampered.json()).toMatchObject({
      message: expect.stringMatching(/does not verify/),
    });
    const late = await post(callbackUrl, body, {
      ...bearer,
      ...signed(secret, body, new Date(Date.now() - 10 * 60_000)),
    });
    expect(late.status).toBe(401);
    expect(await late.json()).toMatchObject({ message: expect.stringMatching(/tolerance/) });
    const otherSecret = await post(callbackUrl, body, {
      ...bearer,
      ...signed(generateWebhookSecret(), body),
    });
    expect(otherSecret.status).toBe(401);

    const bad = JSON.stringify({ status: 'done' });
    const invalid = await post(callbackUrl, bad, { ...bearer, ...signed(secret, bad) });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ errors: [{ field: 'status' }] });
    expect((await storeTasksOf(stack, requestId))[0]!.state).toBe('waiting');

    const headers = { ...bearer, ...signed(secret, body) };
    const accepted = await post(callbackUrl, body, headers);
    expect(accepted.status).toBe(200);
    await waitForStatus(stack, requestId, 'completed');

    expect((await post(callbackUrl, body, headers)).status).toBe(409); // the same signed message: a replay
    const again = await post(callbackUrl, body, { ...bearer, ...signed(secret, body) });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ status: 'already_settled' });
    const different = JSON.stringify({ status: 'not_found' });
    expect(
      (await post(callbackUrl, different, { ...bearer, ...signed(secret, different) })).status,
    ).toBe(409);
  });

  it('an access callback carries the rows into the task spool', async () => {
    const { requestId, event } = await waitingTask('access', 'bea@example.com');
    const body = JSON.stringify({ status: 'completed', data: { orders: [{ id: 1 }, { id: 2 }] } });
    const response = await post(event.data.callbackUrl, body, {
      authorization: `Bearer ${event.data.callbackToken}`,
      ...signed(secret, body),
    });
    expect(response.status).toBe(200);
    await waitForStatus(stack, requestId, 'completed');
    expect((await storeTasksOf(stack, requestId))[0]!.result).toMatchObject({
      counts: { found: 2 },
      collections: expect.anything(),
    });
  });

  it('rotation: during the overlap deliveries verify with the old and the new secret, and old-secret callbacks pass', async () => {
    const url = `${stack.baseUrl}/api/admin/systems/${systemId}/rotate-secret`;
    expect((await fetch(url, { method: 'POST' })).status).toBe(401);
    expect((await fetch(url, { method: 'POST', headers: bearer(bed.officer) })).status).toBe(403);
    const rotated = await fetch(url, { method: 'POST', headers: bearer(bed.admin) });
    expect(rotated.status).toBe(200);
    const { secret: newSecret, previousSecretValidUntil } = (await rotated.json()) as {
      secret: string;
      previousSecretValidUntil: string;
    };
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    receiver.useSecrets([secret, newSecret]);
    expect(Date.parse(previousSecretValidUntil)).toBeGreaterThan(Date.now());

    const { requestId, event } = await waitingTask('erasure', 'cy@example.com');
    const delivered = receiver.received.at(-1)!;
    const headers = delivered.headers;
    expect(() => new Webhook(secret).verify(delivered.body, headers)).not.toThrow();
    expect(() => new Webhook(newSecret).verify(delivered.body, headers)).not.toThrow();

    const body = JSON.stringify({ status: 'completed' });
    const withOld = await post(event.data.callbackUrl, body, {
      authorization: `Bearer ${event.data.callbackToken}`,
      ...signed(secret, body),
    });
    expect(withOld.status).toBe(200);
    await waitForStatus(stack, requestId, 'completed');

    // The overlap ends: the old secret neither signs nor verifies any more.
    await bed.registry.updateSettings(null, systemId, {
      previousSecretUntil: new Date(Date.now() - 1000).toISOString(),
    });
    const next = await waitingTask('erasure', 'dee@example.com');
    const last = receiver.received.at(-1)!;
    expect(() => new Webhook(secret).verify(last.body, last.headers)).toThrow();
    const refused = await post(next.event.data.callbackUrl, body, {
      authorization: `Bearer ${next.event.data.callbackToken}`,
      ...signed(secret, body),
    });
    expect(refused.status).toBe(401);
  });

  it('lists deliveries in the React-Admin dialect, redelivers a waiting task’s message, refuses other verbs', async () => {
    const { requestId } = await waitingTask('erasure', 'eli@example.com');
    const [task] = await storeTasksOf(stack, requestId);
    const list = await fetch(
      `${stack.baseUrl}/api/admin/deliveries?filter=${encodeURIComponent(JSON.stringify({ taskId: task!.id }))}&range=[0,9]&sort=["createdAt","ASC"]`,
      { headers: bearer(bed.viewer) },
    );
    expect(list.status).toBe(200);
    expect(list.headers.get('content-range')).toBe('deliveries 0-0/1');
    const [first] = (await list.json()) as {
      id: string;
      webhookId: string;
      attempt: number;
      statusCode: number;
      latencyMs: number;
    }[];
    expect(first).toMatchObject({ attempt: 1, statusCode: 202, latencyMs: expect.any(Number) });

    expect(
      (
        await fetch(`${stack.baseUrl}/api/admin/deliveries/${first!.id}/redeliver`, {
          method: 'POST',
          headers: bearer(bed.viewer),
        })
      ).status,
    ).toBe(403);
    const redelivered = await fetch(
      `${stack.baseUrl}/api/admin/deliveries/${first!.id}/redeliver`,
      { method: 'POST', headers: bearer(bed.officer) },
    );
    expect(redelivered.status).toBe(200);
    expect(await redelivered.json()).toMatchObject({
      webhookId: first!.webhookId,
      attempt: 2,
      redelivery: true,
      outcome: 'accepted',
    });
    expect(receiver.received.at(-1)!.id).toBe(first!.webhookId);

    const got = await fetch(`${stack.baseUrl}/api/admin/deliveries/${first!.id}`, {
      headers: bearer(bed.viewer),
    });
    expect(await got.json()).toMatchObject({ id: first!.id, taskId: task!.id });
    expect(
      (
        await fetch(`${stack.baseUrl}/api/admin/deliveries/${randomUUID()}`, {
          headers: bearer(bed.viewer),
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await fetch(`${stack.baseUrl}/api/admin/deliveries?range=[5,1]`, {
          headers: bearer(bed.viewer),
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await fetch(`${stack.baseUrl}/api/admin/deliveries`, {
          method: 'POST',
          headers: bearer(bed.admin),
        })
      ).status,
    ).toBe(405);

    const settledDelivery = (
      await stack.query<{ id: string }>(
        `SELECT d.id FROM webhook_deliveries d JOIN store_tasks t ON t.id = d.task_id WHERE t.state = 'succeeded' LIMIT 1`,
      )
    )[0]!;
    expect(
      (
        await fetch(`${stack.baseUrl}/api/admin/deliveries/${settledDelivery.id}/redeliver`, {
          method: 'POST',
          headers: bearer(bed.officer),
        })
      ).status,
    ).toBe(409);
  });

  it('cancelling a request tells the system with unfinished work, once, and stops its retries', async () => {
    const { requestId, event } = await waitingTask('erasure', 'flo@example.com');
    await stack.api
      .get(DataSource)
      .transaction((manager) =>
        stack.api
          .get(RequestLifecycle)
          .apply(
            manager,
            requestId,
            'cancel',
            { type: 'staff', id: bed.admin.id },
            { reason: 'subject withdrew' },
          ),
      );
    const cancelled = await waitFor(
      async () =>
        receiver.received.filter((r) => JSON.parse(r.body).type === 'dsar.request.cancelled'),
      (found) => found.length > 0,
    );
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]!.verified).toBe(true);
    expect(JSON.parse(cancelled[0]!.body).data).toEqual({ requestId, taskId: event.data.taskId });
    const [message] = await stack.query<{ state: string }>(
      'SELECT state FROM webhook_messages WHERE task_id = $1',
      [event.data.taskId],
    );
    expect(message!.state).toBe('failed');
  });

  it('a callback that beats the task to `waiting` is answered at once and settles the task when it waits', async () => {
    const fastSecret = generateWebhookSecret();
    const callbacks: { status: number; ms: number; taskState: string }[] = [];
    // A system that calls back before it answers the delivery: the task is still `running`.
    const fast = new ScriptedReceiver([fastSecret], (attempt, res) => {
      const { data } = JSON.parse(fast.received[attempt - 1]!.body) as TaskEvent;
      const body = JSON.stringify({ status: 'not_found' });
      const started = Date.now();
      void post(data.callbackUrl, body, {
        authorization: `Bearer ${data.callbackToken}`,
        ...signed(fastSecret, body),
      }).then(async (response) => {
        const [task] = await stack.query<{ state: string }>(
          'SELECT state FROM store_tasks WHERE id = $1',
          [data.taskId],
        );
        callbacks.push({
          status: response.status,
          ms: Date.now() - started,
          taskState: task!.state,
        });
        answer(res, 202);
      });
    });
    const fastSystem = bed.registry.add('Fast warehouse', 'webhook', {
      url: await fast.start(),
      secret: fastSecret,
    });
    bed.registry.only(fastSystem);
    try {
      const requestId = await approve(stack.api, 'erasure', 'gil@example.com');
      await waitForStatus(stack, requestId, 'completed');
      const [task] = await storeTasksOf(stack, requestId);
      expect(task).toMatchObject({ state: 'succeeded', result: { outcome: 'not_found' } });
      // Answered while the run was still out, without waiting for it.
      expect(callbacks).toEqual([{ status: 200, ms: expect.any(Number), taskState: 'running' }]);
      expect(callbacks[0]!.ms).toBeLessThan(2000);
      const [message] = await stack.query<{ state: string }>(
        'SELECT state FROM webhook_messages WHERE task_id = $1',
        [task!.id],
      );
      expect(message!.state).toBe('succeeded');

      // The token still answers for the final task: the same answer 200, another one 409.
      const { data } = JSON.parse(fast.received[0]!.body) as TaskEvent;
      const bearer = { authorization: `Bearer ${data.callbackToken}` };
      const same = JSON.stringify({ status: 'not_found' });
      const again = await post(data.callbackUrl, same, { ...bearer, ...signed(fastSecret, same) });
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ status: 'already_settled' });
      const other = JSON.stringify({ status: 'completed' });
      const refused = await post(data.callbackUrl, other, {
        ...bearer,
        ...signed(fastSecret, other),
      });
      expect(refused.status).toBe(409);
    } finally {
      await fast.stop();
    }
  });
});
