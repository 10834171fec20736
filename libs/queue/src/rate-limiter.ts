import { Redis } from 'ioredis';
import type { AppConfig } from '@dsar/config';
import { type HitCounter, InProcessRateLimiter } from './in-process-rate-limiter.js';
import { failFastRedisOptions } from './redis-connection.js';

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
 *
 * Fail-open while Redis is down or slow (no offline queue, a bounded command time): each process
 * then counts in its own memory. Intake is a subject's legal right, so a queue outage must not
 * refuse it (fail-closed) nor hold it (waiting); the in-process window still bounds each client
 * per api process, and the per-recipient mail limit in Postgres still keeps anyone from
 * mail-bombing a third party through us.
 */
export class RateLimiter implements HitCounter {
  private readonly redis: Redis;
  private readonly fallback = new InProcessRateLimiter();
  /** Settles on the first connection or after one command time: the boot is not an outage. */
  private readonly firstConnection: Promise<void>;

  constructor(
    redisUrl: string,
    private readonly prefix = 'dsar:rate',
    commandTimeoutMs = 1000,
  ) {
    this.redis = new Redis(failFastRedisOptions(redisUrl, commandTimeoutMs));
    this.redis.on('error', () => undefined);
    this.firstConnection = new Promise((resolve) => {
      const timer = setTimeout(resolve, commandTimeoutMs);
      timer.unref();
      this.redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Counts one hit for `key` in a window of `windowMs`; refused past `limit`. */
  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitVerdict> {
    await this.firstConnection;
    if (this.redis.status !== 'ready') return this.fallback.hit(key, limit, windowMs);
    try {
      return await this.hitInRedis(key, limit, windowMs);
    } catch {
      return this.fallback.hit(key, limit, windowMs);
    }
  }

  private async hitInRedis(key: string, limit: number, windowMs: number) {
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
    this.fallback.close();
  }
}

/**
 * Redis counters shared by every api process (under this deployment's QUEUE_PREFIX), or
 * in-process ones when the queue has no Redis.
 */
export function intakeRateLimiter(config: AppConfig): HitCounter {
  return config.queueDatabaseUrl
    ? new InProcessRateLimiter()
    : new RateLimiter(config.redisUrl, `${config.queuePrefix}:rate`, config.queueCommandTimeoutMs);
}
