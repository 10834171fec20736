import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { runningEmbeddedDatabaseUrl, startEmbeddedServices } from './embedded-services.js';

jest.setTimeout(90_000);

const directories: string[] = [];
const freshDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dsar-embedded-services-'));
  directories.push(dir);
  return dir;
};

afterEach(() => {
  for (const dir of directories.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function scalar(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Object.values((await client.query(sql)).rows[0] ?? {})[0];
  } finally {
    await client.end();
  }
}

describe('startEmbeddedServices', () => {
  it('on a machine without redis-server, puts the queue on a PostgreSQL of its own', async () => {
    const dataDir = freshDataDir();
    const services = await startEmbeddedServices(
      { dataDir, embeddedQueue: 'auto' },
      '/nonexistent',
    );
    try {
      // `npm run sql` finds the running database here.
      expect(runningEmbeddedDatabaseUrl(dataDir)).toBe(services.settings.DATABASE_URL);
      expect(services.settings.REDIS_URL).toBeUndefined();
      expect(services.settings.QUEUE_DATABASE_URL).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:/);
      expect(services.settings.QUEUE_DATABASE_URL).not.toBe(services.settings.DATABASE_URL);
      expect(await scalar(services.settings.QUEUE_DATABASE_URL!, 'SELECT 1 AS one')).toBe(1);
    } finally {
      await services.stop();
    }
    expect(runningEmbeddedDatabaseUrl(dataDir)).toBeNull();
  });

  it('refuses EMBEDDED_QUEUE=redis when no redis-server is on PATH', async () => {
    await expect(
      startEmbeddedServices({ dataDir: freshDataDir(), embeddedQueue: 'redis' }, '/nonexistent'),
    ).rejects.toThrow('no redis-server is on PATH');
  });

  it('uses an installed redis-server, and both servers keep their data across a restart', async () => {
    const dataDir = freshDataDir();
    const config = { dataDir, embeddedQueue: 'redis' as const };
    const first = await startEmbeddedServices(config, process.env.PATH ?? '');
    try {
      expect(first.summary.join('\n')).toContain('redis-server');
      await scalar(first.settings.DATABASE_URL, "CREATE TABLE kept AS SELECT 'still here' AS note");
      const redis = new Redis(first.settings.REDIS_URL!);
      await redis.set('kept', 'still here');
      redis.disconnect();
    } finally {
      await first.stop();
    }

    const second = await startEmbeddedServices(config, process.env.PATH ?? '');
    try {
      expect(await scalar(second.settings.DATABASE_URL, 'SELECT note FROM kept')).toBe(
        'still here',
      );
      const redis = new Redis(second.settings.REDIS_URL!);
      expect(await redis.get('kept')).toBe('still here');
      redis.disconnect();
    } finally {
      await second.stop();
    }
  });
});
