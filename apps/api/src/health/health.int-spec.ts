import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestStack, type TestStack } from '../testing/api-stack.js';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ worker: false });
});

afterAll(async () => {
  await stack?.stop();
});

describe('GET /api/health', () => {
  it('answers 200 while Postgres and Redis answer, 503 once Redis is gone, 200 when it is back', async () => {
    const up = await fetch(`${stack.baseUrl}/api/health`);
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });

    await stack.redis.stop();
    const down = await fetch(`${stack.baseUrl}/api/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({
      status: 'error',
      error: { redis: { status: 'down' } },
    });

    await stack.redis.start();
    let status = 0;
    for (let attempt = 0; attempt < 40 && status !== 200; attempt += 1) {
      status = (await fetch(`${stack.baseUrl}/api/health`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
  });
});
