import { InProcessRateLimiter } from './in-process-rate-limiter.js';

describe('InProcessRateLimiter', () => {
  it('refuses past the limit within a window and opens a new window after it', async () => {
    let now = 1_000_000;
    const limiter = new InProcessRateLimiter(() => now);
    const first = await limiter.hit('a', 2, 60_000);
    const second = await limiter.hit('a', 2, 60_000);
    now += 15_000;
    const third = await limiter.hit('a', 2, 60_000);
    expect([first.allowed, second.allowed, third.allowed]).toEqual([true, true, false]);
    expect(third.retryAfterSeconds).toBe(45);
    expect((await limiter.hit('b', 2, 60_000)).hits).toBe(1);
    now += 45_000;
    expect(await limiter.hit('a', 2, 60_000)).toEqual({
      allowed: true,
      hits: 1,
      retryAfterSeconds: 60,
    });
  });
});
