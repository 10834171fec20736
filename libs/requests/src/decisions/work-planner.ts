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
   * For many approvals at once (bulk), in their transaction once the lifecycle has moved them:
   * writes their store tasks and records their first stages in the job outbox, set-based; the
   * returned step relays them all after commit.
   */
  planAll(manager: EntityManager, requests: readonly RequestEntity[]): Promise<() => Promise<void>>;
}
