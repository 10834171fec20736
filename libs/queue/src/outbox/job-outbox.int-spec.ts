import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { NestFactory } from '@nestjs/core';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppConfigModule, type AppConfig } from '@dsar/config';
import { DatabaseModule } from '@dsar/persistence';
import { createTestDatabase, PrivateRedis, testConfig, type TestDatabase } from '@dsar/testing';
import { redisConnection } from '../redis-connection.js';
import { JOB, QUEUE, jobId } from '../queues.js';
import { JobOutboxModule } from './job-outbox.module.js';
import { JobOutbox } from './job-outbox.service.js';
import type { OutboxJob } from './outbox-job.js';
import { OutboxRelay } from './outbox-relay.service.js';

jest.setTimeout(60_000);

@Module({})
class OutboxTestApp {}

const mailJob = (mailId: string): OutboxJob => ({
  kind: 'job',
  queue: QUEUE.mail,
  name: JOB.sendMail,
  data: { mailId },
  opts: { jobId: jobId(JOB.sendMail, mailId) },
});

describe('JobOutbox', () => {
  const redis = new PrivateRedis();
  let database: TestDatabase;
  let config: AppConfig;
  let app: INestApplicationContext;
  let outbox: JobOutbox;
  let queue: Queue;

  const rows = () =>
    app.get(DataSource).query('SELECT job_id, attempts FROM queue_outbox') as Promise<
      { job_id: string; attempts: number }[]
    >;

  beforeAll(async () => {
    database = await createTestDatabase();
    await redis.start();
    config = testConfig({ DATABASE_URL: database.url, REDIS_URL: redis.url });
    app = await NestFactory.createApplicationContext(
      {
        module: OutboxTestApp,
        imports: [AppConfigModule.withConfig(config), DatabaseModule, JobOutboxModule],
      },
      { logger: ['error'] },
    );
    await app.init();
    outbox = app.get(JobOutbox);
    queue = new Queue(QUEUE.mail, {
      connection: redisConnection(redis.url),
      prefix: config.queuePrefix,
    });
  });

  afterAll(async () => {
    await queue?.close();
    await app?.close();
    await redis.stop();
    await database?.drop();
  });

  it("relays the writer's jobs from memory, and an entry known only by its row from the row", async () => {
    const ids = ['33333333-3333-4333-8333-333333333333', '44444444-4444-4444-8444-444444444444'];
    const many = await app
      .get(DataSource)
      .transaction((manager) => outbox.recordMany(manager, ids.map(mailJob)));
    expect(many.map((entry) => entry.job)).toEqual(ids.map(mailJob));
    await outbox.relay(many);
    const mail = await app
      .get(DataSource)
      .transaction((manager) =>
        outbox.record(manager, mailJob('55555555-5555-4555-8555-555555555555')),
      );
    await outbox.relayJobs([mailJob('55555555-5555-4555-8555-555555555555')]);
    // An entry from elsewhere (no job in hand) is read back from its row.
    const bare = await app
      .get(DataSource)
      .transaction((manager) =>
        outbox.record(manager, mailJob('66666666-6666-4666-8666-666666666666')),
      );
    await outbox.relay({ id: bare.id, jobId: bare.jobId });
    expect(await rows()).toEqual([]);
    for (const jobId of [...many.map((entry) => entry.jobId), mail.jobId, bare.jobId])
      expect(await queue.getJobState(jobId)).toBe('waiting');
    await queue.obliterate({ force: true });
  });

  it('keeps a row while Redis is down, relays it when Redis is back, and never doubles a job', async () => {
    // While Redis answers, a recorded job goes straight to the queue and its row goes.
    const direct = await app
      .get(DataSource)
      .transaction((manager) =>
        outbox.record(manager, mailJob('11111111-1111-4111-8111-111111111111')),
      );
    await outbox.relay(direct);
    expect(await rows()).toEqual([]);
    expect(await queue.getJobState(direct.jobId)).toBe('waiting');

    await redis.stop();
    const kept = await app
      .get(DataSource)
      .transaction((manager) =>
        outbox.record(manager, mailJob('22222222-2222-4222-8222-222222222222')),
      );
    const started = Date.now();
    await outbox.relay(kept);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await rows()).toEqual([{ job_id: kept.jobId, attempts: 0 }]);

    // The same job as the first, written again (a crash between enqueue and delete, say).
    await app
      .get(DataSource)
      .transaction((manager) =>
        outbox.record(manager, mailJob('11111111-1111-4111-8111-111111111111')),
      );

    await redis.start();
    // The relay timer notices on its own; drain() is what each tick runs.
    const deadline = Date.now() + 20_000;
    while ((await rows()).length > 0) {
      if (Date.now() > deadline) throw new Error(`rows left: ${JSON.stringify(await rows())}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await app.get(OutboxRelay).drain()).toBe(0);
    // Redis came back empty: both jobs are there once each, by their deterministic ids.
    expect(await queue.getJobState(kept.jobId)).toBe('waiting');
    expect(await queue.getJobState(direct.jobId)).toBe('waiting');
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 2 });
  });
});
