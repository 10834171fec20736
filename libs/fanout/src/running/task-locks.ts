import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '@dsar/config';

/** Task locks are held on a small pool of their own, so long connector calls never starve the main pool. */
const LOCK_CONNECTIONS = 12;

/**
 * "Two workers never run one task at once": a session advisory lock per task, held on its own
 * connection while the task runs. A worker that dies drops its connection, and the lock with it,
 * so a crashed task can be picked up as soon as BullMQ hands its job to another worker.
 */
@Injectable()
export class TaskLocks implements OnModuleDestroy {
  private readonly pool: pg.Pool;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new pg.Pool({ connectionString: config.databaseUrl, max: LOCK_CONNECTIONS });
    this.pool.on('error', () => undefined); // a dropped idle connection is replaced on next use
  }

  /** Runs `work` holding the task's lock; `null` when another worker holds it. */
  async withLock<T>(taskId: string, work: () => Promise<T>): Promise<T | null> {
    const client = await this.pool.connect();
    const key = `store-task|${taskId}`;
    let broken = false;
    // A connection lost while the task runs (a database restart) loses the lock: it must not
    // crash the worker; the task's own writes fail and BullMQ retries it.
    const lost = () => {
      broken = true;
    };
    client.on('error', lost);
    try {
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 7)) AS locked',
        [key],
      );
      if (!rows[0]?.locked) return null;
      try {
        return await work();
      } finally {
        await client
          .query('SELECT pg_advisory_unlock(hashtextextended($1, 7))', [key])
          .catch(() => {
            broken = true;
          });
      }
    } finally {
      client.off('error', lost);
      client.release(broken);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
