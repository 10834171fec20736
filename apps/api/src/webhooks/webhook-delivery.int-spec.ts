import { WebhookConnector } from '@dsar/connectors';
import { generateWebhookSecret } from '@dsar/webhooks';
import { CustomerStore } from '../../../../examples/webhook-receiver/src/customer-store.js';
import { WebhookReceiver } from '../../../../examples/webhook-receiver/src/receiver.js';
import { approve, setSettings, storeTasksOf, waitForStatus } from '@dsar/testing';
import type { TestStack } from '../testing/api-stack.js';
import { WebhookTestbed } from './testing/webhook-testbed.js';
import { ScriptedReceiver, answer } from './testing/receivers.js';

const STAFF_MAIL = 'dpo@controller.test';

describe('webhook connector against real receivers on loopback', () => {
  const bed = new WebhookTestbed();
  let stack: TestStack;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    stack = await bed.start();
    await setSettings(stack, { retrySchedule: [1, 1, 1], staffAlertEmails: [STAFF_MAIL] });
  }, 60_000);

  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
    await bed.stop();
  });

  async function exampleReceiver(mode: 'sync' | 'async', store: CustomerStore) {
    const secret = generateWebhookSecret();
    const receiver = new WebhookReceiver({ secret, mode, store });
    const url = await receiver.start();
    cleanups.push(() => receiver.stop());
    const system = bed.registry.add(`Newsletter (${mode})`, 'webhook', { url, secret });
    bed.registry.only(system);
    return { receiver, system };
  }

  async function scripted(
    name: string,
    script: ConstructorParameters<typeof ScriptedReceiver>[1],
    host?: string,
  ) {
    const secret = generateWebhookSecret();
    const receiver = new ScriptedReceiver([secret], script, host);
    const url = await receiver.start();
    cleanups.push(() => receiver.stop());
    const system = bed.registry.add(name, 'webhook', { url, secret });
    bed.registry.only(system);
    return { receiver, system };
  }

  const deliveries = (systemId: string) =>
    stack.query<{
      attempt: number;
      status_code: number | null;
      outcome: string;
      error: string | null;
      webhook_id: string;
      latency_ms: number | null;
    }>(
      'SELECT attempt, status_code, outcome, error, webhook_id, latency_ms FROM webhook_deliveries WHERE system_id = $1 ORDER BY created_at',
      [systemId],
    );

  it('a receiver that answers at once completes an access request with its rows', async () => {
    const store = new CustomerStore({
      subscribers: [{ email: 'ada@example.com', list: 'weekly' }],
    });
    const { receiver, system } = await exampleReceiver('sync', store);
    const requestId = await approve(stack.api, 'access', 'ada@example.com');
    await waitForStatus(stack, requestId, 'completed');
    const [task] = await storeTasksOf(stack, requestId);
    expect(task).toMatchObject({ state: 'succeeded', system_id: system.id });
    expect(task!.result).toMatchObject({ outcome: 'completed', counts: { found: 1 } });
    expect(receiver.rejected).toBe(0);
    expect(receiver.events[0]).toMatchObject({
      type: 'dsar.access.requested',
      data: {
        requestId,
        taskId: task!.id,
        action: 'access',
        identities: { email: ['ada@example.com'] },
      },
    });
    expect((await deliveries(system.id))[0]).toMatchObject({
      attempt: 1,
      status_code: 200,
      outcome: 'succeeded',
    });
  });

  it('a receiver that answers 202 and calls back later completes an erasure', async () => {
    const store = new CustomerStore({ subscribers: [{ email: 'bob@example.com', list: 'daily' }] });
    const { receiver, system } = await exampleReceiver('async', store);
    const requestId = await approve(stack.api, 'erasure', 'bob@example.com');
    await waitForStatus(stack, requestId, 'completed');
    expect(await Promise.all(receiver.callbacks)).toEqual([200]);
    expect(store.count('bob@example.com')).toBe(0);
    const [task] = await storeTasksOf(stack, requestId);
    expect(task!.result).toMatchObject({ outcome: 'completed' });
    expect((await deliveries(system.id)).map((d) => d.outcome)).toEqual(['accepted']);
  }, 20_000);

  it('a receiver that answers 202 and calls back later applies a rectification', async () => {
    const store = new CustomerStore({
      subscribers: [{ email: 'cy@example.com', name: 'Cy', list: 'daily' }],
    });
    const { receiver } = await exampleReceiver('async', store);
    const requestId = await approve(stack.api, 'rectification', 'cy@example.com', [
      { field: 'user.contact.email', value: 'Cy.New@example.com' },
      { field: 'user.contact.phone', value: '+380501112233' },
    ]);
    await waitForStatus(stack, requestId, 'completed');
    expect(await Promise.all(receiver.callbacks)).toEqual([200]);
    // The e-mail it holds is corrected (stored as matched: lower-cased); the phone it does not hold.
    expect([store.count('cy@example.com'), store.count('cy.new@example.com')]).toEqual([0, 1]);
    const [task] = await storeTasksOf(stack, requestId);
    expect(task!.result).toMatchObject({ outcome: 'completed' });
  }, 20_000);

  it('a receiver that fails three times then succeeds gets the same webhook-id every time', async () => {
    const { receiver, system } = await scripted('Flaky CRM', (attempt, res) =>
      attempt <= 3
        ? answer(res, 500, { error: 'busy' })
        : answer(res, 200, { status: 'not_found' }),
    );
    const requestId = await approve(stack.api, 'erasure', 'carol@example.com');
    await waitForStatus(stack, requestId, 'completed');
    const log = await deliveries(system.id);
    expect(log.map((d) => [d.attempt, d.status_code, d.outcome])).toEqual([
      [1, 500, 'retry'],
      [2, 500, 'retry'],
      [3, 500, 'retry'],
      [4, 200, 'succeeded'],
    ]);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(1);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
  }, 30_000);

  it('a receiver that never answers times out on every attempt; the task fails and staff are told', async () => {
    const { system } = await scripted('Silent ERP', () => undefined);
    const requestId = await approve(stack.api, 'erasure', 'dan@example.com');
    await waitForStatus(stack, requestId, 'action_required', 30_000);
    const log = await deliveries(system.id);
    expect(log).toHaveLength(4);
    expect(log.every((d) => d.status_code === null && /within 1500 ms/.test(d.error ?? ''))).toBe(
      true,
    );
    const [task] = await storeTasksOf(stack, requestId);
    expect(task).toMatchObject({ state: 'failed' });
    expect(task!.last_error).toMatch(/gave up after 4 attempts/);
    await stack.smtp.waitFor(
      (mail) => mail.to.includes(STAFF_MAIL) && mail.subject.includes('Task failed: Silent ERP'),
    );
  }, 40_000);

  it('a 410 disables the system, fails the task at once and alerts staff', async () => {
    const { system } = await scripted('Retired shop', (_attempt, res) => answer(res, 410));
    const requestId = await approve(stack.api, 'erasure', 'eve@example.com');
    await waitForStatus(stack, requestId, 'action_required');
    expect(bed.registry.systems.get(system.id)!.enabled).toBe(false);
    expect((await deliveries(system.id)).map((d) => [d.status_code, d.outcome])).toEqual([
      [410, 'gone'],
    ]);
    await stack.smtp.waitFor(
      (mail) =>
        mail.to.includes(STAFF_MAIL) && mail.subject === 'Connected system disabled: Retired shop',
    );
  });

  it('an answer larger than the cap is cut off and never parsed', async () => {
    const { system } = await scripted('Chatty API', (_attempt, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ status: 'completed', data: { rows: [{ blob: 'x'.repeat(200_000) }] } }),
      );
    });
    const requestId = await approve(stack.api, 'access', 'fay@example.com');
    await waitForStatus(stack, requestId, 'action_required', 30_000);
    const log = await deliveries(system.id);
    expect(log[0]).toMatchObject({ status_code: null, outcome: 'retry' });
    expect(log[0]!.error).toMatch(/exceeded 65536 bytes/);
  }, 40_000);

  it('a redirect to a private address is not followed: the task fails at once', async () => {
    const trap = new ScriptedReceiver(
      [],
      (_attempt, res) => answer(res, 200, { status: 'completed' }),
      '127.0.0.2',
    );
    const trapUrl = await trap.start();
    cleanups.push(() => trap.stop());
    const { system } = await scripted('Moved service', (_attempt, res) =>
      answer(res, 302, undefined, { location: trapUrl }),
    );
    const requestId = await approve(stack.api, 'erasure', 'gus@example.com');
    await waitForStatus(stack, requestId, 'action_required');
    const log = await deliveries(system.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ status_code: 302, outcome: 'failed' });
    expect(log[0]!.error).toMatch(/redirects are never followed/);
    expect(trap.received).toHaveLength(0);
  });

  it('429 with Retry-After is not retried sooner than asked', async () => {
    const { system } = await scripted('Rate-limited API', (attempt, res) =>
      attempt === 1
        ? answer(res, 429, undefined, { 'retry-after': '3' })
        : answer(res, 200, { status: 'completed' }),
    );
    const requestId = await approve(stack.api, 'erasure', 'hal@example.com');
    await waitForStatus(stack, requestId, 'completed');
    const times = await stack.query<{ created_at: Date }>(
      'SELECT created_at FROM webhook_deliveries WHERE system_id = $1 ORDER BY created_at',
      [system.id],
    );
    expect(times).toHaveLength(2);
    expect(times[1]!.created_at.getTime() - times[0]!.created_at.getTime()).toBeGreaterThanOrEqual(
      2900,
    );
  }, 20_000);

  it('"test connection" sends a signed dsar.test event and says what failed', async () => {
    const connector = stack.api.get(WebhookConnector);
    const { receiver, system } = await exampleReceiver('sync', new CustomerStore({}));
    await expect(connector.test(system)).resolves.toMatchObject({
      ok: true,
      message: expect.stringMatching(/answered 200/),
    });
    expect(receiver.events.at(-1)).toMatchObject({
      type: 'dsar.test',
      data: { systemId: system.id },
    });
    const { system: broken } = await scripted('Broken', (_attempt, res) => answer(res, 404));
    await expect(connector.test(broken)).resolves.toEqual({
      ok: false,
      message: 'The test event to Broken failed: the receiver refused the message (404)',
    });
  });

  it('checks the address when a system is saved: allowlisted loopback passes, other private ranges do not', async () => {
    const connector = stack.api.get(WebhookConnector);
    await expect(connector.checkLive({ url: 'http://127.0.0.1:9/hook' })).resolves.toEqual([]);
    await expect(connector.checkLive({ url: 'http://10.1.2.3/hook' })).resolves.toEqual([
      { field: 'settings.url', message: expect.stringMatching(/private/) },
    ]);
    expect(connector.validateSettings({ url: 'http://169.254.169.254/latest' })).toEqual([
      { field: 'settings.url', message: expect.stringMatching(/linkLocal/) },
    ]);
  });
});
