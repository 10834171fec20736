import type { ConnectionOptions } from 'bullmq';
import type { RedisOptions } from 'ioredis';

/** BullMQ connection options from REDIS_URL; workers need maxRetriesPerRequest null. */
export function redisConnection(redisUrl: string): ConnectionOptions {
  return redisOptions(redisUrl) as ConnectionOptions;
}

function redisOptions(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/**
 * For a request path (an enqueue after commit, a rate-limit count): no offline queue, so a
 * command while Redis is away fails at once instead of waiting for the reconnection; a bounded
 * command time for a Redis that accepts but does not answer; quick reconnection attempts so its
 * return is noticed within a second.
 */
export function failFastRedisOptions(redisUrl: string, commandTimeoutMs: number): RedisOptions {
  return {
    ...redisOptions(redisUrl),
    enableOfflineQueue: false,
    commandTimeout: commandTimeoutMs,
    connectTimeout: Math.max(commandTimeoutMs, 1000),
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 1000),
  };
}
