import { Redis } from 'ioredis';
import pg from 'pg';
import type { AppConfig } from '@dsar/config';

/** Answers whether the queue's server is reachable; the health check reports it. */
export interface QueueProbe {
  readonly name: 'redis' | 'queue-database';
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function queueProbe(config: AppConfig): QueueProbe {
  return config.queueDatabaseUrl
    ? new PostgresQueueProbe(config.queueDatabaseUrl)
    : new RedisQueueProbe(config.redisUrl);
}

class RedisQueueProbe implements QueueProbe {
  readonly name = 'redis';
  private readonly redis: Redis;

  constructor(url: string) {
    this.redis = new Redis(url, {
      lazyConnect: true,
      connectTimeout: 2000,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      retryStrategy: (attempt) => Math.min(attempt * 500, 5000),
    });
    this.redis.on('error', () => undefined); // reported through the check, not as a crash
  }

  async ping(): Promise<void> {
    if (this.redis.status === 'wait') await this.redis.connect();
    const answer = await this.redis.ping();
    if (answer !== 'PONG') throw new Error(`unexpected answer ${answer}`);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

class PostgresQueueProbe implements QueueProbe {
  readonly name = 'queue-database';
  private readonly pool: pg.Pool;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 2000 });
    this.pool.on('error', () => undefined);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
