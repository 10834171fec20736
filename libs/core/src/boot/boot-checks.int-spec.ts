import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AppConfig } from '@dsar/config';
import { ConnectorRegistry } from '@dsar/systems';
import {
  compose,
  createTestDatabase,
  PrivateRedis,
  testConfig,
  type TestDatabase,
} from '@dsar/testing';
import { CoreModule } from '../core.module.js';
import { NoticesProcessor } from '../jobs/webhooks/notices.processor.js';

let database: TestDatabase;
let redis: PrivateRedis;
let config: AppConfig;

beforeAll(async () => {
  database = await createTestDatabase();
  redis = await new PrivateRedis().start();
  config = testConfig({ DATABASE_URL: database.url, REDIS_URL: redis.url });
}, 60_000);

afterAll(async () => {
  await redis?.stop();
  await database?.drop();
});

describe('the composition root stops a boot that lacks a part', () => {
  it('starts the worker when every port and every job has its provider', async () => {
    const worker = await compose(await CoreModule.register({ config, runsJobs: true }));
    await worker.close();
  });

  it('names the connector registry when the composition provides none', async () => {
    const boot = compose(await CoreModule.register({ config }), (root) =>
      root.overrideProvider(ConnectorRegistry).useValue(null),
    );
    await expect(boot).rejects.toThrow(
      'ConnectorRegistry has no provider (expected from SystemsModule (@dsar/systems))',
    );
  });

  it('names the jobs whose processor the worker lacks', async () => {
    const boot = compose(await CoreModule.register({ config, runsJobs: true }), (root) =>
      root.overrideProvider(NoticesProcessor).useValue({}),
    );
    await expect(boot).rejects.toThrow(
      'jobs without a handler in this process: sweep-webhooks (queue notices), sweep-notices (queue notices), staff-digest (queue notices)',
    );
  });

  it('checks jobs only where they run: the api holds no processor', async () => {
    const api = await compose(await CoreModule.register({ config }));
    await api.close();
  });
});
