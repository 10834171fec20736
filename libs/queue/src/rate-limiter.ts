import { Redis } from 'ioredis';

const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { hits, redis.call('PTTL', KEYS[1]) }`;

export interface RateLimitVerdict {
  allowed: boolean;
  hits: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in Redis, shared by every api process. `@nestjs/throttler` is CommonJS
 * and cannot load the ES-module-only NestJS 12 under Jest, so this small counter stands in.
 */
export class RateLimiter {
  private readonly redis: Redis;

  constructor(
    redisUrl: string,
    private readonly prefix = 'dsar:rate',
  ) {
    this.redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    this.redis.on('error', () => undefined);
  }

  /** Counts one hit for `key` in a window of `windowMs`; refused past `limit`. */
  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitVerdict> {
    const [hits, remainingMs] = (await this.redis.eval(
      INCREMENT,
      1,
      `${this.prefix}:${key}`,
      String(windowMs),
    )) as [number, number];
    return {
      allowed: hits <= limit,
      hits,
      retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)),
    };
  }

  /** How many hits `key` has in its current window, without counting one. */
  async peek(key: string): Promise<RateLimitVerdict & { remainingMs: number }> {
    const [hits, ttl] = await Promise.all([
      this.redis.get(`${this.prefix}:${key}`),
      this.redis.pttl(`${this.prefix}:${key}`),
    ]);
    const count = Number(hits ?? 0);
    return {
      allowed: true,
      hits: count,
      retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)),
      remainingMs: ttl,
    };
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(`${this.prefix}:${key}`);
  }

  close(): void {
    this.redis.disconnect();
  }
}
