import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PrivateRedis } from '@dsar/testing';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter while Redis is down', () => {
  const redis = new PrivateRedis();
  let limiter: RateLimiter;

  beforeAll(async () => {
    await redis.start();
    limiter = new RateLimiter(redis.url, 'test:rate', 300);
  });

  afterAll(async () => {
    limiter?.close();
    await redis.stop();
  });

  it('counts in Redis, falls back to this process without waiting when Redis goes, and returns to Redis', async () => {
    expect((await limiter.hit('a', 2, 60_000)).hits).toBe(1);
    expect((await limiter.hit('a', 2, 60_000)).hits).toBe(2);

    await redis.stop();
    const started = Date.now();
    const verdicts = [];
    for (let hit = 0; hit < 3; hit += 1) verdicts.push(await limiter.hit('b', 2, 60_000));
    // Fail-open, not unlimited: the in-process window still refuses past the limit.
    expect(verdicts.map((verdict) => verdict.allowed)).toEqual([true, true, false]);
    expect(Date.now() - started).toBeLessThan(1000);

    await redis.start();
    const deadline = Date.now() + 10_000;
    let back = await limiter.hit('c', 2, 60_000);
    // The client reconnects on its own; Redis (empty again) counts once it is back.
    while (Date.now() < deadline && (await limiter.peek('c').catch(() => null))?.hits !== 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      back = await limiter.hit('c', 2, 60_000);
    }
    expect(back.allowed).toBe(true);
    expect((await limiter.peek('c')).hits).toBe(1);
  });
});
