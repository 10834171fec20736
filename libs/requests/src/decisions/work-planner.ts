import type { EntityManager } from 'typeorm';
import type { RequestEntity } from '@dsar/persistence';

/**
 * Injection token: who turns an approved request into work. A token because the fan-out builds on
 * requests; FanoutModule provides it (StoreTaskPlanner).
 */
export const WORK_PLANNER = Symbol('WORK_PLANNER');

export interface WorkPlanner {
  /** Runs in the approval's transaction: writes the request's store tasks. */
  plan(manager: EntityManager, request: RequestEntity): Promise<void>;
  /** Runs once the approval has committed: enqueues the first stage. */
  afterCommit(requestId: string): Promise<void>;
  /**
   * For many approvals at once (bulk): runs in their transaction, after `plan`, and records each
   * request's first stage in the job outbox; the returned step relays them all after commit.
   */
  startIn?(manager: EntityManager, requests: RequestEntity[]): Promise<() => Promise<void>>;
}
