import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DomainError, WORKING_STATUSES_SQL, type RequestType } from '@dsar/domain';
import { WaitingTaskAlerts } from '@dsar/notices';
import { StoreTaskEntity } from '@dsar/persistence';
import { StoreTaskService } from '../admin/store-task.service.js';
import { RequestFinaliser } from '../finalising/request-finaliser.service.js';
import { ConnectorRegistry, SystemRecords } from '@dsar/systems';
import { FanoutQueue } from './fanout-queue.js';

export interface ReconcileReport {
  requests: number;
  /** Tasks whose job was gone (or failed for good) and was added again. */
  tasks: number;
  /** Waiting tasks whose delivery had settled, recorded now. */
  settled: number;
  /** Waiting tasks past the `waitingTaskAlertHours` setting, alerted now. */
  alerted: number;
}

interface DeliveredTask {
  id: string;
  system_id: string;
  action: RequestType;
}

/**
 * The one reconciler of stuck work. Redis carries work, Postgres holds it: approved work whose
 * jobs are gone (Redis restarted or flushed, a job failed by killed workers) is enqueued again;
 * a waiting task whose delivery settled while nobody recorded it (the worker died in between)
 * is settled as the delivery processor would have; a task waiting too long alerts staff. Every
 * step is a conditional change under the task's row lock or a deterministic job id, so two
 * sweeps, or a sweep and a late processor, never apply anything twice.
 */
@Injectable()
export class FanoutSweep {
  private readonly logger = new Logger(FanoutSweep.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly finaliser: RequestFinaliser,
    private readonly queue: FanoutQueue,
    private readonly tasks: StoreTaskService,
    private readonly waitingAlerts: WaitingTaskAlerts,
    private readonly systems: SystemRecords,
    private readonly connectors: ConnectorRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What the scheduled sweep runs; `olderThanMs` is how long work sits untouched before it is stuck. */
  async reconcile(olderThanMs = this.config.stuckWorkAfterMs): Promise<ReconcileReport> {
    const lost = await this.reenqueueLost(olderThanMs);
    const settled = await this.settleDelivered(olderThanMs);
    const alerted = await this.waitingAlerts.run();
    return { ...lost, settled, alerted };
  }

  async reenqueueLost(
    olderThanMs = this.config.stuckWorkAfterMs,
    batchSize = 500,
  ): Promise<{ requests: number; tasks: number }> {
    const cutoff = new Date(Date.now() - olderThanMs);
    // Only requests that may need help: a task queued or running for a while, or every task
    // settled without failure yet the request still open (its package job was lost). Requests
    // waiting for days on a callback or an officer never fill the batch.
    const requests = (await this.dataSource.query(
      `SELECT r.id FROM requests r
        WHERE r.status IN ${WORKING_STATUSES_SQL}
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
        if (await this.queue.reenqueueIfLost(task)) tasks += 1;
      }
      // Starts stages that never started and re-adds a lost package job.
      await this.finaliser.settle(id);
    }
    if (tasks) this.logger.warn({ tasks }, 're-enqueued store tasks whose jobs were lost');
    return { requests: requests.length, tasks };
  }

  /**
   * Waiting tasks whose message settled a while ago: the connector gives the answer it kept (or
   * the failure), and it is recorded as the delivery processor's follow-up records it. The
   * candidates are found by SQL over webhook messages, the one kind whose deliveries settle
   * outside the task's run; the connector decides.
   */
  async settleDelivered(
    olderThanMs = this.config.stuckWorkAfterMs,
    batchSize = 500,
  ): Promise<number> {
    const cutoff = new Date(Date.now() - olderThanMs);
    const delivered = (await this.dataSource.query(
      `SELECT t.id, t.system_id, t.action FROM store_tasks t
        WHERE t.state = 'waiting'
          AND EXISTS (SELECT 1 FROM webhook_messages m
                       WHERE m.task_id = t.id AND m.state IN ('succeeded', 'failed') AND m.updated_at < $1)
        ORDER BY t.updated_at
        LIMIT $2`,
      [cutoff, batchSize],
    )) as DeliveredTask[];
    let settled = 0;
    for (const task of delivered) {
      const system = await this.systems.get(this.dataSource.manager, task.system_id);
      const connector = system ? this.connectors.connectorFor(system.kind) : undefined;
      const result = await connector?.settledAnswer?.(task.id, task.action);
      if (!result) continue;
      try {
        if (await this.tasks.completeWaiting(task.id, result)) settled += 1;
      } catch (error) {
        // A late processor or a callback recorded it first: the task keeps that answer.
        if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
      }
    }
    if (settled)
      this.logger.warn({ tasks: settled }, 'settled waiting tasks whose delivery had settled');
    return settled;
  }
}
