import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { QueueOutboxEntity } from '@dsar/persistence';
import {
  type OutboxEntry,
  type OutboxJob,
  outboxJobId,
  outboxJobOf,
  outboxQueue,
  outboxSpec,
} from './outbox-job.js';
import { OutboxProducer } from './outbox-producer.js';

/** Rows the relay looks at in one transaction. */
export const RELAY_BATCH = 100;

interface OutboxRow {
  id: string;
  kind: 'job' | 'flow';
  queue: string;
  spec: Record<string, unknown>;
}

export interface RelayRun {
  claimed: number;
  relayed: number;
}

/**
 * The job outbox. `record` writes a job in the caller's transaction; `relay` tries to enqueue it
 * once that has committed and never throws: while Redis is away the row simply stays, and the
 * relay timer (OutboxRelay) moves it when Redis is back. The writer enqueues the jobs it holds
 * and deletes their rows; the timer claims rows with SKIP LOCKED and deletes them in the
 * transaction that enqueued them. Job ids are deterministic, so a row enqueued twice (a crash
 * between enqueue and delete, the timer and the writer at once) is still one job.
 */
@Injectable()
export class JobOutbox {
  private readonly logger = new Logger(JobOutbox.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: OutboxProducer,
  ) {}

  async record(manager: EntityManager, job: OutboxJob): Promise<OutboxEntry> {
    const [entry] = await this.recordMany(manager, [job]);
    return entry!;
  }

  /** Jobs in one statement (a stage's tasks, a bulk decision's stages); entries in the given order. */
  async recordMany(manager: EntityManager, jobs: readonly OutboxJob[]): Promise<OutboxEntry[]> {
    if (jobs.length === 0) return [];
    const rows = jobs.map((job, at) => ({
      at,
      kind: job.kind,
      queue: outboxQueue(job),
      job_id: outboxJobId(job),
      spec: outboxSpec(job),
    }));
    const inserted = (await manager.query(
      `WITH given AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
             AS j(at integer, kind text, queue text, job_id text, spec jsonb))
       INSERT INTO queue_outbox (kind, queue, job_id, spec)
       SELECT kind, queue, job_id, spec FROM given ORDER BY at
       RETURNING id, job_id AS "jobId"`,
      [JSON.stringify(rows)],
    )) as OutboxEntry[];
    // RETURNING follows the insert's order in practice, but the job ids say it for certain.
    const byJob = new Map(inserted.map((entry) => [entry.jobId, entry]));
    return rows.map((row, at) => ({ ...byJob.get(row.job_id)!, job: jobs[at] }));
  }

  /** After commit: enqueues these rows now if Redis answers; otherwise leaves them to the relay. */
  async relay(entries: OutboxEntry | (OutboxEntry | null | undefined)[] | null | undefined) {
    const given = (Array.isArray(entries) ? entries : [entries]).filter(
      (entry): entry is OutboxEntry => Boolean(entry),
    );
    const ids = given.map((entry) => entry.id);
    if (ids.length === 0) return;
    const jobs = given.map((entry) => entry.job);
    if (jobs.every(Boolean) && (await this.relayFromMemory(jobs as OutboxJob[], 'id', ids))) return;
    await this.quietly(() => this.relayWhere('id = ANY($1)', [ids], ids.length));
  }

  /**
   * The writer's own rows, just committed: enqueued from the jobs it holds, then deleted (two
   * round trips, no transaction). False when enqueueing failed: the rows are then relayed as the
   * timer does, row by row with back-off. A row the timer enqueues meanwhile is the same job id.
   */
  private async relayFromMemory(
    jobs: OutboxJob[],
    by: 'id' | 'job_id',
    keys: string[],
  ): Promise<boolean> {
    if (!this.producer.ready) return false;
    try {
      await this.producer.addBulk(jobs);
    } catch {
      return false;
    }
    // Enqueued: a row left by a failed delete is enqueued again later (the same job id).
    await this.dataSource
      .query(`DELETE FROM queue_outbox WHERE ${by} = ANY($1)`, [keys])
      .catch((error: unknown) =>
        this.logger.warn(
          { rows: keys.length, error: (error as Error).message },
          'outbox rows enqueued but not deleted; the timer enqueues them again',
        ),
      );
    return true;
  }

  /** The same, for rows the writer knows by their jobs (a mail's send job). */
  async relayJobs(jobs: OutboxJob[]): Promise<void> {
    if (jobs.length === 0) return;
    const jobIds = jobs.map(outboxJobId);
    if (await this.relayFromMemory(jobs, 'job_id', jobIds)) return;
    await this.quietly(() => this.relayWhere('job_id = ANY($1)', [jobIds], RELAY_BATCH));
  }

  /**
   * For a caller with no transaction at hand (after commit): enqueues now, or keeps the job as a
   * row for the relay when Redis does not answer.
   */
  async enqueueOrKeep(job: OutboxJob): Promise<void> {
    if (this.producer.ready) {
      try {
        await this.producer.add(job);
        return;
      } catch (error) {
        this.logger.warn(
          { jobId: outboxJobId(job), error: (error as Error).message },
          'enqueue failed; the job waits in the outbox',
        );
      }
    }
    await this.record(this.dataSource.manager, job);
  }

  /** The relay timer's step: the oldest due rows, in one transaction. */
  async relayDue(limit = RELAY_BATCH): Promise<RelayRun> {
    if (!this.producer.ready) return { claimed: 0, relayed: 0 };
    // The usual tick finds nothing: one indexed read, no transaction.
    const [due] = (await this.dataSource.query(
      'SELECT 1 FROM queue_outbox WHERE next_attempt_at <= now() LIMIT 1',
    )) as unknown[];
    if (!due) return { claimed: 0, relayed: 0 };
    return this.relayWhere('next_attempt_at <= now()', [], limit);
  }

  /** How many rows wait (health figures, tests). */
  async waiting(): Promise<number> {
    return this.dataSource.manager.count(QueueOutboxEntity);
  }

  private async relayWhere(where: string, params: unknown[], limit: number): Promise<RelayRun> {
    if (!this.producer.ready) return { claimed: 0, relayed: 0 };
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id, kind, queue, spec FROM queue_outbox WHERE ${where}
          ORDER BY created_at LIMIT ${Math.max(1, Math.floor(limit))} FOR UPDATE SKIP LOCKED`,
        params,
      )) as OutboxRow[];
      const relayed: string[] = [];
      // Usually all at once (addBulk: one round trip per queue); if that fails, row by row, so a
      // row BullMQ refuses backs off alone and the rest still go.
      if (rows.length > 1) {
        try {
          await this.producer.addBulk(rows.map((row) => outboxJobOf(row)));
          await manager.query('DELETE FROM queue_outbox WHERE id = ANY($1)', [
            rows.map((row) => row.id),
          ]);
          return { claimed: rows.length, relayed: rows.length };
        } catch (error) {
          this.logger.warn(
            { rows: rows.length, error: (error as Error).message },
            'bulk enqueue failed; trying row by row',
          );
        }
      }
      for (const row of rows) {
        try {
          await this.producer.add(outboxJobOf(row));
          relayed.push(row.id);
        } catch (error) {
          // Redis went away (or hangs): the rest waits too. A row BullMQ refuses backs off.
          await manager.query(
            `UPDATE queue_outbox SET attempts = attempts + 1, last_error = $2,
                    next_attempt_at = now() + least(power(2, attempts), 60) * interval '1 second'
              WHERE id = $1`,
            [row.id, String((error as Error).message).slice(0, 500)],
          );
          break;
        }
      }
      if (relayed.length > 0) {
        await manager.query('DELETE FROM queue_outbox WHERE id = ANY($1)', [relayed]);
      }
      return { claimed: rows.length, relayed: relayed.length };
    });
  }

  private async quietly(work: () => Promise<RelayRun>): Promise<void> {
    try {
      await work();
    } catch (error) {
      // The rows are committed; the relay timer takes them. The caller's answer stands.
      this.logger.warn(
        { error: (error as Error).message },
        'outbox relay failed; the timer retries',
      );
    }
  }
}
