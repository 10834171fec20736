import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@dsar/config';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded-postgres.js';
import { findRedisServer, startEmbeddedRedis } from './embedded-redis.js';

/** Where a running embedded mode leaves its database's address, for `npm run sql`. */
const databaseUrlFile = (dataDir: string) => join(dataDir, 'embedded', 'database-url');

/** The address of the embedded database while `npm start` runs embedded on `dataDir`, or null. */
export function runningEmbeddedDatabaseUrl(dataDir: string): string | null {
  const file = databaseUrlFile(dataDir);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

/** The servers the embedded mode runs, as the settings that point the api and worker at them. */
export interface EmbeddedServices {
  settings: { DATABASE_URL: string; REDIS_URL?: string; QUEUE_DATABASE_URL?: string };
  /** Lines announcing what runs where. */
  summary: string[];
  stop(): Promise<void>;
}

/**
 * Starts the embedded database (PGlite) and the queue: a redis-server found on `searchPath` (PATH)
 * unless EMBEDDED_QUEUE=postgres, else BullMQ's PostgreSQL backend on a second PGlite, so the
 * queue's tables never share the application's search path.
 */
export async function startEmbeddedServices(
  config: Pick<AppConfig, 'dataDir' | 'embeddedQueue'>,
  searchPath: string,
): Promise<EmbeddedServices> {
  const root = join(config.dataDir, 'embedded');
  const redisBinary = config.embeddedQueue === 'postgres' ? null : findRedisServer(searchPath);
  if (config.embeddedQueue === 'redis' && !redisBinary) {
    throw new Error('EMBEDDED_QUEUE=redis, but no redis-server is on PATH');
  }
  const started: EmbeddedServer[] = [];
  const stop = async () => {
    rmSync(databaseUrlFile(config.dataDir), { force: true });
    for (const server of started.reverse()) await server.stop();
  };
  try {
    const database = await startEmbeddedPostgres(join(root, 'postgres'), { searchExtension: true });
    started.push(database);
    writeFileSync(databaseUrlFile(config.dataDir), `${database.url}\n`);
    const summary = [`database: PGlite in ${join(root, 'postgres')}, served at ${database.url}`];
    if (redisBinary) {
      const redis = await startEmbeddedRedis(redisBinary, join(root, 'redis'));
      started.push(redis);
      summary.push(`queue: ${redisBinary} at ${redis.url}, data in ${join(root, 'redis')}`);
      return { settings: { DATABASE_URL: database.url, REDIS_URL: redis.url }, summary, stop };
    }
    const queue = await startEmbeddedPostgres(join(root, 'queue'));
    started.push(queue);
    summary.push(`queue: BullMQ's PostgreSQL backend on PGlite in ${join(root, 'queue')}`);
    return {
      settings: { DATABASE_URL: database.url, QUEUE_DATABASE_URL: queue.url },
      summary,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
