import { Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { StoreTaskEntity } from '@dsar/persistence';
import { RequestFinaliser } from '../finalising/request-finaliser.service.js';
import { FanoutQueue } from './fanout-queue.js';

/**
 * Redis carries work, Postgres holds it: approved work whose jobs are gone (Redis restarted or
 * flushed) is enqueued again. Job ids are deterministic, so a job that still exists is not added twice.
 */
@Injectable()
export class FanoutSweep {
  private readonly logger = new Logger(FanoutSweep.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly finaliser: RequestFinaliser,
    private readonly queue: FanoutQueue,
  ) {}

  async reenqueueLost(
    olderThanMs = 60_000,
    batchSize = 500,
  ): Promise<{ requests: number; tasks: number }> {
    const cutoff = new Date(Date.now() - olderThanMs);
    // Only requests that may need help: a task queued or running for a while, or every task
    // settled without failure yet the request still open (its package job was lost). Requests
    // waiting for days on a callback or an officer never fill the batch.
    const requests = (await this.dataSource.query(
      `SELECT r.id FROM requests r
        WHERE r.status IN ('in_progress', 'action_required')
          AND (EXISTS (SELECT 1 FROM store_tasks t WHERE t.request_id = r.id AND t.state IN ('queued', 'running') AND t.updated_at < $1)
               OR (r.updated_at < $1 AND NOT EXISTS (
                     SELECT 1 FROM store_tasks t WHERE t.request_id = r.id AND t.state NOT IN ('succeeded', 'skipped'))))
        ORDER BY r.updated_at
        LIMIT $2`,
      [cutoff, batchSize],
    )) as { id: string }[];
    let tasks = 0;
    for (const { id } of requests) {
      const unsettled = await this.dataSource.manager.find(StoreTaskEntity, {
        where: { requestId: id, state: In(['queued', 'running']) },
      });
      for (const task of unsettled) {
        if (!task.enqueuedAt || task.updatedAt >= cutoff) continue;
        if (await this.queue.isTaskJobLost(task)) {
          await this.queue.enqueueTask(task);
          tasks += 1;
        }
      }
      // Starts stages that never started and re-adds a lost package job.
      await this.finaliser.settle(id);
    }
    if (tasks) this.logger.warn({ tasks }, 're-enqueued store tasks whose jobs were lost');
    return { requests: requests.length, tasks };
  }
}
