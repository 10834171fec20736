import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { JOB, QUEUE, jobId, redisConnection } from '@dsar/queue';
import { PrivateRedis, startTestWorker, waitFor } from '@dsar/testing';
import { startTestStack, type TestStack } from '../testing/api-stack.js';

jest.setTimeout(120_000);

/**
 * Staging beside production: two deployments, each with its own database, on one Redis database.
 * Their QUEUE_PREFIX differs (by default, the database's name), so neither takes the other's jobs.
 */
describe('two deployments on one Redis', () => {
  const redis = new PrivateRedis();
  let staging: TestStack;
  let production: TestStack;
  const queues: Queue[] = [];
  let stagingWorker: INestApplicationContext | undefined;

  const mailQueue = (stack: TestStack) => {
    const queue = new Queue(QUEUE.mail, {
      connection: redisConnection(redis.url),
      prefix: stack.config.queuePrefix,
    });
    queues.push(queue);
    return queue;
  };

  const submit = (stack: TestStack, email: string) =>
    fetch(`${stack.baseUrl}/api/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'access', email, jurisdiction: 'gdpr' }),
    });

  const mailIdOf = async (stack: TestStack, email: string) => {
    const rows = (await stack.api
      .get(DataSource)
      .query(
        `SELECT m.id FROM outbound_mails m JOIN requests r ON r.id = m.request_id WHERE r.email = $1`,
        [email],
      )) as { id: string }[];
    return rows[0]!.id;
  };

  beforeAll(async () => {
    await redis.start();
    // Staging's worker is not running yet: only production's could take staging's jobs.
    staging = await startTestStack({ env: { REDIS_URL: redis.url }, worker: false });
    production = await startTestStack({ env: { REDIS_URL: redis.url } });
  });

  afterAll(async () => {
    for (const queue of queues) await queue.close();
    await stagingWorker?.close();
    await staging?.stop();
    await production?.stop();
    await redis.stop();
  });

  it('keeps each deployment to its own jobs; a job whose mail row is missing fails, visibly', async () => {
    expect(staging.config.queuePrefix).not.toBe(production.config.queuePrefix);

    expect((await submit(staging, 'stage@example.com')).status).toBe(202);
    expect((await submit(production, 'prod@example.com')).status).toBe(202);
    // Production's worker is up and has sent its own mail.
    await production.smtp.waitFor((mail) => mail.to.includes('prod@example.com'));

    const stagingJob = jobId(JOB.sendMail, await mailIdOf(staging, 'stage@example.com'));
    const stagingQueue = mailQueue(staging);
    const productionQueue = mailQueue(production);
    await expect(stagingQueue.getJobState(stagingJob)).resolves.toBe('waiting');
    await expect(productionQueue.getJobState(stagingJob)).resolves.toBe('unknown');
    // The mail reaches the SMTP sink a moment before its job is marked completed.
    expect(
      await waitFor(
        () => productionQueue.getJobCounts('failed', 'completed'),
        (counts) => counts.completed + counts.failed > 0,
      ),
    ).toEqual({ failed: 0, completed: 1 });

    // Staging's own worker sends staging's mail.
    stagingWorker = await startTestWorker(staging.config);
    await staging.smtp.waitFor((mail) => mail.to.includes('stage@example.com'));
    expect(production.smtp.mails.some((mail) => mail.to.includes('stage@example.com'))).toBe(false);

    // A send job for a mail this database does not hold fails instead of completing.
    const stray = await productionQueue.add(
      JOB.sendMail,
      { mailId: randomUUID() },
      { jobId: jobId(JOB.sendMail, randomUUID()), attempts: 1 },
    );
    const deadline = Date.now() + 30_000;
    while ((await stray.getState()) !== 'failed') {
      if (Date.now() > deadline) throw new Error(`stray job is ${await stray.getState()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const failed = await productionQueue.getJob(stray.id!);
    expect(failed?.failedReason).toMatch(/not in this deployment's database/);
  });
});
