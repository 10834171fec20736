import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JOB, QUEUE } from '@dsar/queue';
import { startStack, type CoreStack } from '@dsar/testing';
import { FanoutScheduler } from '../fanout/fanout.scheduler.js';
import { MaintenanceScheduler } from '../maintenance/maintenance.scheduler.js';
import { NoticesScheduler } from '../webhooks/notices.scheduler.js';

let stack: CoreStack;

beforeAll(async () => {
  stack = await startStack();
}, 60_000);

afterAll(async () => {
  await stack?.stop();
}, 60_000);

async function scheduled(): Promise<string[]> {
  const ids: string[] = [];
  for (const name of [QUEUE.maintenance, QUEUE.fanout, QUEUE.packages, QUEUE.notices]) {
    const queue = stack.worker!.get<Queue>(getQueueToken(name));
    for (const scheduler of await queue.getJobSchedulers()) ids.push(scheduler.key);
  }
  return ids.sort();
}

describe('the worker keeps its repeating jobs', () => {
  const every = [
    JOB.expireUnverified,
    JOB.sweepOutbox,
    JOB.sweepFanout,
    JOB.sweepPackages,
    JOB.sweepNotices,
    JOB.sweepWebhooks,
    JOB.staffDigest,
  ].sort();

  it('schedules every sweep and the digest at boot', async () => {
    expect(await scheduled()).toEqual(every);
  });

  it('has them all back at the next minute tick after Redis lost its data', async () => {
    await stack.redis.flush();
    expect(await scheduled()).toEqual([]);
    for (const keeper of [MaintenanceScheduler, FanoutScheduler, NoticesScheduler]) {
      await stack.worker!.get(keeper).upsert();
    }
    expect(await scheduled()).toEqual(every);
  });
});
