import { Queue } from 'bullmq';
import { FanoutSweep, StoreTaskService } from '@dsar/fanout';
import { QUEUE, jobId, redisConnection } from '@dsar/queue';
import { WebhookSweep, generateWebhookSecret } from '@dsar/webhooks';
import { approve, setSettings, storeTasksOf, waitFor, waitForStatus } from '@dsar/testing';
import type { TestStack } from '../testing/api-stack.js';
import { WebhookTestbed } from './testing/webhook-testbed.js';
import { ScriptedReceiver, answer } from './testing/receivers.js';

const STAFF_MAIL = 'dpo@stuck.test';

/** Two rows erased: what the receiver answers once it has done the work. */
const ERASED = { status: 'completed', data: { subscribers: [{ id: 1 }, { id: 2 }] } };

describe('stuck work: the fan-out reconciler settles, re-enqueues and alerts', () => {
  const bed = new WebhookTestbed();
  let stack: TestStack;
  const cleanups: (() => Promise<void>)[] = [];
  let webhookJobs: Queue;

  beforeAll(async () => {
    stack = await bed.start();
    await setSettings(stack, { retrySchedule: [1, 1, 1], staffAlertEmails: [STAFF_MAIL] });
    webhookJobs = new Queue(QUEUE.webhooks, {
      connection: redisConnection(stack.redis.url),
      prefix: stack.config.queuePrefix,
    });
  }, 60_000);

  afterAll(async () => {
    await webhookJobs?.close();
    for (const cleanup of cleanups) await cleanup();
    await bed.stop();
  });

  async function scripted(name: string, script: ConstructorParameters<typeof ScriptedReceiver>[1]) {
    const secret = generateWebhookSecret();
    const receiver = new ScriptedReceiver([secret], script);
    const url = await receiver.start();
    cleanups.push(() => receiver.stop());
    const system = bed.registry.add(name, 'webhook', { url, secret });
    bed.registry.only(system);
    return { receiver, system };
  }

  const reconcile = () => stack.api.get(FanoutSweep).reconcile(0);

  const taskEvents = (requestId: string) =>
    stack.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE request_id = $1 AND action LIKE 'task_%' ORDER BY seq`,
      [requestId],
    );

  const messageOf = async (taskId: string) =>
    (
      await stack.query<{ id: string; state: string; attempts: number }>(
        'SELECT id, state, attempts FROM webhook_messages WHERE task_id = $1',
        [taskId],
      )
    )[0];

  it('a retry whose worker died after the 200 leaves the task waiting; the reconciler records the kept answer once', async () => {
    const { receiver } = await scripted('CRM (dies after the retry)', (attempt, res) =>
      attempt === 1 ? answer(res, 500, { error: 'busy' }) : answer(res, 200, ERASED),
    );
    bed.faults.beforeFollowUp = 1;
    const requestId = await approve(stack.api, 'erasure', 'stuck@example.com');
    const [task] = await storeTasksOf(stack, requestId);
    // The retry's job got its 200, died before the task heard of it, and was then retried: the
    // job found its message settled and ended. Nothing else would ever move this task.
    const message = await waitFor(
      () => messageOf(task!.id),
      (value) => value?.state === 'succeeded',
    );
    await waitFor(
      () => webhookJobs.getJobState(jobId('webhook', message!.id, 'a1')),
      (state) => state === 'unknown',
    );
    expect(bed.faults.beforeFollowUp).toBe(0);
    expect((await storeTasksOf(stack, requestId))[0]!.state).toBe('waiting');

    // Two sweeps and the late processor's own follow-up, all at once: one outcome.
    const tasks = stack.api.get(StoreTaskService);
    const late = tasks
      .completeWaiting(task!.id, {
        outcome: 'completed',
        counts: {
          found: 2,
          erased: 2,
          masked: 0,
          hashed: 0,
          deleted: 0,
          retained: 0,
          rectified: 0,
        },
      })
      .catch((error: Error) => error.message);
    const [first, second] = await Promise.all([reconcile(), reconcile(), late]);
    expect(first.settled + second.settled).toBeLessThanOrEqual(1);
    await waitForStatus(stack, requestId, 'completed');
    expect((await reconcile()).settled).toBe(0);

    const [settled] = await storeTasksOf(stack, requestId);
    expect(settled).toMatchObject({ state: 'succeeded', result: { counts: { erased: 2 } } });
    const events = (await taskEvents(requestId)).map((event) => event.action);
    expect(events.filter((action) => action === 'task_succeeded')).toHaveLength(1);
    // Settled from what was kept: the system was not asked again.
    expect(receiver.received).toHaveLength(2);
  }, 60_000);

  it('a waiting task whose delivery settled is settled by the reconciler alone, as the processor would have', async () => {
    const { receiver } = await scripted('CRM (no late processor)', (attempt, res) =>
      attempt === 1 ? answer(res, 503, { error: 'busy' }) : answer(res, 200, ERASED),
    );
    bed.faults.beforeFollowUp = 1;
    const requestId = await approve(stack.api, 'erasure', 'alone@example.com');
    const [task] = await storeTasksOf(stack, requestId);
    const message = await waitFor(
      () => messageOf(task!.id),
      (value) => value?.state === 'succeeded',
    );
    await waitFor(
      () => webhookJobs.getJobState(jobId('webhook', message!.id, 'a1')),
      (state) => state === 'unknown',
    );
    expect((await storeTasksOf(stack, requestId))[0]!.state).toBe('waiting');
    const runs = await Promise.all([reconcile(), reconcile()]);
    expect(runs.map((run) => run.settled).sort()).toEqual([0, 1]);
    await waitForStatus(stack, requestId, 'completed');
    expect((await storeTasksOf(stack, requestId))[0]).toMatchObject({
      state: 'succeeded',
      result: { outcome: 'completed', counts: { found: 2, erased: 2 } },
    });
    expect(
      (await taskEvents(requestId)).filter((event) => event.action === 'task_succeeded'),
    ).toHaveLength(1);
    expect(receiver.received).toHaveLength(2);
  }, 60_000);

  it('a task run that died after its own 200 is re-run from the kept answer, without sending again', async () => {
    const { receiver, system } = await scripted('CRM (dies in the run)', (_attempt, res) =>
      answer(res, 200, ERASED),
    );
    bed.faults.afterDelivery = 1;
    const requestId = await approve(stack.api, 'erasure', 'rerun@example.com');
    await waitForStatus(stack, requestId, 'completed');
    expect(bed.faults.afterDelivery).toBe(0);
    const [task] = await storeTasksOf(stack, requestId);
    expect(task).toMatchObject({ state: 'succeeded', result: { counts: { erased: 2 } } });
    expect(receiver.received).toHaveLength(1);
    const deliveries = await stack.query('SELECT 1 FROM webhook_deliveries WHERE system_id = $1', [
      system.id,
    ]);
    expect(deliveries).toHaveLength(1);
    expect(
      (await taskEvents(requestId)).filter((event) => event.action === 'task_succeeded'),
    ).toHaveLength(1);
  }, 60_000);

  it('a task waiting past the limit alerts staff once; staff retry it and it is sent afresh', async () => {
    const { receiver } = await scripted('Silent CRM', (attempt, res) =>
      attempt === 1 ? answer(res, 202) : answer(res, 200, ERASED),
    );
    await setSettings(stack, { waitingTaskAlertHours: 2 });
    const requestId = await approve(stack.api, 'erasure', 'silent@example.com');
    const [task] = await storeTasksOf(stack, requestId);
    await waitFor(
      async () => (await storeTasksOf(stack, requestId))[0]!.state,
      (state) => state === 'waiting',
    );
    // Not yet past the limit: no alert.
    expect((await reconcile()).alerted).toBe(0);
    // Three hours later (the clock is the row's): past the limit of two.
    await stack.query(
      `UPDATE store_tasks SET updated_at = now() - interval '3 hours' WHERE id = $1`,
      [task!.id],
    );
    const runs = await Promise.all([reconcile(), reconcile()]);
    expect(runs.map((run) => run.alerted).sort()).toEqual([0, 1]);
    expect((await reconcile()).alerted).toBe(0);
    const alerts = await stack.query(
      `SELECT subject_key FROM staff_alerts WHERE kind = 'task_waiting' AND request_id = $1`,
      [requestId],
    );
    expect(alerts).toEqual([{ subject_key: `${task!.id}-r0` }]);
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(STAFF_MAIL) && /Task waiting for 3 h: Silent CRM/.test(m.subject),
    );
    expect(mail.text).toContain('retry the task');
    expect(
      stack.smtp.mailsTo(STAFF_MAIL).filter((m) => /Task waiting/.test(m.subject)),
    ).toHaveLength(1);

    await stack.api.get(StoreTaskService).retry(task!.id, { type: 'staff', id: bed.officer.id });
    await waitForStatus(stack, requestId, 'completed');
    expect((await storeTasksOf(stack, requestId))[0]).toMatchObject({ state: 'succeeded' });
    expect(receiver.received).toHaveLength(2);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(1);
    const retried = await stack.query<{ data: { from: string; run: number } }>(
      `SELECT data FROM audit_events WHERE request_id = $1 AND action = 'task_retried'`,
      [requestId],
    );
    expect(retried.map((row) => row.data)).toEqual([
      expect.objectContaining({ from: 'waiting', run: 1 }),
    ]);
    // A settled task is not retried.
    await expect(
      stack.api.get(StoreTaskService).retry(task!.id, { type: 'staff', id: bed.officer.id }),
    ).rejects.toThrow(/Only a failed or waiting task can be retried; this one is succeeded/);
  }, 60_000);

  it('a waiting task whose message gave up unrecorded is failed by the reconciler; the request needs an officer', async () => {
    await scripted('CRM (gives up)', (_attempt, res) => answer(res, 500, { error: 'down' }));
    // The last retry's follow-up dies: the message failed, the task still waits.
    bed.faults.beforeFollowUp = 1;
    const requestId = await approve(stack.api, 'erasure', 'gaveup@example.com');
    const [task] = await storeTasksOf(stack, requestId);
    const message = await waitFor(
      () => messageOf(task!.id),
      (value) => value?.state === 'failed',
    );
    await waitFor(
      () => webhookJobs.getJobState(jobId('webhook', message!.id, 'a3')),
      (state) => state === 'unknown',
    );
    expect(bed.faults.beforeFollowUp).toBe(0);
    expect((await storeTasksOf(stack, requestId))[0]!.state).toBe('waiting');
    expect((await reconcile()).settled).toBe(1);
    await waitForStatus(stack, requestId, 'action_required');
    expect((await storeTasksOf(stack, requestId))[0]).toMatchObject({ state: 'failed' });
    expect(
      (await taskEvents(requestId)).filter((event) => event.action === 'task_failed_for_good'),
    ).toHaveLength(1);
  }, 60_000);

  it('a retry job that Redis failed for good (its workers killed) is scheduled again while the message is due', async () => {
    await setSettings(stack, { retrySchedule: [3600] });
    const { receiver } = await scripted('CRM (retry job lost)', (attempt, res) =>
      attempt === 1 ? answer(res, 500, { error: 'busy' }) : answer(res, 200, ERASED),
    );
    const requestId = await approve(stack.api, 'erasure', 'retryjob@example.com');
    const [task] = await storeTasksOf(stack, requestId);
    await waitFor(
      async () => (await storeTasksOf(stack, requestId))[0]!.state,
      (state) => state === 'waiting',
    );
    const message = (await messageOf(task!.id))!;
    const retryJob = jobId('webhook', message.id, 'a1');
    // The attempt's job, failed for good in Redis as BullMQ fails a job that stalled too often.
    await webhookJobs.remove(retryJob);
    await webhookJobs.add('killed-too-often', { messageId: message.id }, { jobId: retryJob });
    await waitFor(
      () => webhookJobs.getJobState(retryJob),
      (state) => state === 'failed',
    );
    await stack.query(
      `UPDATE webhook_messages SET next_attempt_at = now() - interval '1 minute' WHERE id = $1`,
      [message.id],
    );
    expect(await stack.api.get(WebhookSweep).run()).toMatchObject({ rescheduled: 1 });
    await waitForStatus(stack, requestId, 'completed');
    expect(receiver.received).toHaveLength(2);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(1);
    await setSettings(stack, { retrySchedule: [1, 1, 1] });
  }, 60_000);
});
