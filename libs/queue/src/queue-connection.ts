import { createRequire } from 'node:module';
import { type ConnectionOptions, setDefaultBackendFactory } from 'bullmq';
import type { createPostgresBackend as CreatePostgresBackend } from 'bullmq/dist/esm/postgres/index.js';
import type { AppConfig } from '@dsar/config';
import { redisConnection } from './redis-connection.js';

// bullmq has no exports map: `import 'bullmq'` loads its CommonJS build, so the PostgreSQL backend
// must come from that build too, or the queue classes would not share its module state.
const { createPostgresBackend } = createRequire(import.meta.url)(
  'bullmq/dist/cjs/postgres/index.js',
) as { createPostgresBackend: typeof CreatePostgresBackend };

/**
 * The connection every Queue, Worker and FlowProducer gets: Redis, or — when QUEUE_DATABASE_URL is
 * set (the embedded mode on a machine without redis-server) — BullMQ's PostgreSQL backend.
 */
export function queueConnection(config: AppConfig): ConnectionOptions {
  if (!config.queueDatabaseUrl) return redisConnection(config.redisUrl);
  // Process-wide default: the queue classes take their backend from it when built.
  setDefaultBackendFactory(createPostgresBackend);
  // The queue database is BullMQ's own, so its tables live in `public`: a non-default schema is
  // pinned through a startup option, which PGlite's socket server does not apply.
  const postgres = { connectionString: config.queueDatabaseUrl, schema: 'public', migrate: true };
  return postgres as unknown as ConnectionOptions;
}
