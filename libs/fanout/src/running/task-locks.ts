import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { prepared } from '@dsar/persistence';

/** Task locks are held on a small pool of their own, so long connector calls never starve the main pool. */
const LOCK_CONNECTIONS = 12;
/** The lock of task `$1`: the same key text, and so the same lock, whatever the worker's version. */
const LOCK_KEY = `hashtextextended('store-task|' || $1::text, 7)`;
const UNLOCK = `SELECT pg_advisory_unlock(${LOCK_KEY})`;

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
    return this.hold(taskId, `SELECT pg_try_advisory_lock(${LOCK_KEY}) AS locked`, () => work());
  }

  /**
   * `withLock` with the task's claim in the same statement (one round trip): `claim` is a
   * data-modifying statement on `$1::uuid` (the task id) that changes nothing unless
   * `(SELECT locked FROM task_lock)` is true; `work` gets the row it returns, or undefined.
   */
  async withClaim<C, T>(
    taskId: string,
    claim: string,
    work: (claimed: C | undefined) => Promise<T>,
  ): Promise<T | null> {
    return this.hold<{ claimed: C | null }, T>(
      taskId,
      `WITH task_lock AS MATERIALIZED (SELECT pg_try_advisory_lock(${LOCK_KEY}) AS locked),
            claimed AS (${claim})
       SELECT task_lock.locked, to_jsonb(claimed) AS claimed
         FROM task_lock LEFT JOIN claimed ON true`,
      (row) => work(row.claimed ?? undefined),
    );
  }

  /** Runs `first` (which tries the lock, as `locked`) on a lock connection, then `work` if it got it. */
  private async hold<R, T>(
    taskId: string,
    first: string,
    work: (row: R) => Promise<T>,
  ): Promise<T | null> {
    const client = await this.pool.connect();
    let broken = false;
    // A connection lost while the task runs (a database restart) loses the lock: it must not
    // crash the worker; the task's own writes fail and BullMQ retries it.
    const lost = () => {
      broken = true;
    };
    client.on('error', lost);
    try {
      const { rows } = await client
        .query<R & { locked: boolean }>(prepared(first, [taskId]))
        .catch((error: unknown) => {
          broken = true; // the lock may be held: the connection goes, and the lock with it
          throw error;
        });
      if (!rows[0]?.locked) return null;
      try {
        return await work(rows[0]);
      } finally {
        await client.query(prepared(UNLOCK, [taskId])).catch(() => {
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
