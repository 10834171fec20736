import type { DataSource, EntityManager } from 'typeorm';
import type { ConnectorResult } from '@dsar/domain';
import type { Actor } from '@dsar/persistence';

/**
 * Injection token: the fan-out's store tasks, as answers for waiting tasks arrive. A token because
 * the fan-out builds on webhooks and the connectors; FanoutModule provides it.
 */
export const WEBHOOK_TASKS = Symbol('WEBHOOK_TASKS');

export interface WebhookTaskPort {
  /** Settles a waiting task (StoreTaskService.completeWaiting); false when already settled alike. */
  completeWaiting(taskId: string, result: ConnectorResult, actor?: Actor): Promise<boolean>;
  /** The task's state and action, or null for an unknown task. */
  find(taskId: string): Promise<TaskView | null>;
  /**
   * One transaction with the task (and its request) locked: `decide` writes what it must with
   * the manager; when it returns `settle` and the task waits, the task is settled in that same
   * transaction (404 for an unknown task).
   */
  answer<T>(taskId: string, decide: TaskAnswerDecider<T>, actor?: Actor): Promise<T>;
}

export interface TaskView {
  state: string;
  action: string;
  requestId: string;
}

export interface TaskAnswerDecision<T> {
  reply: T;
  /** The task's result, applied when the task is waiting. */
  settle?: ConnectorResult;
  /** After commit, e.g. a retry to schedule. */
  after?: () => Promise<void>;
}

export type TaskAnswerDecider<T> = (
  manager: EntityManager,
  task: TaskView,
) => Promise<TaskAnswerDecision<T>>;

/** The task port over the fan-out's `completeWaiting` and the store_tasks table. */
export function taskPortFrom(
  dataSource: DataSource,
  completeWaiting: WebhookTaskPort['completeWaiting'],
  answer: WebhookTaskPort['answer'],
): WebhookTaskPort {
  return {
    completeWaiting,
    answer,
    async find(taskId) {
      const rows = (await dataSource.query(
        'SELECT state, action, request_id FROM store_tasks WHERE id = $1',
        [taskId],
      )) as {
        state: string;
        action: string;
        request_id: string;
      }[];
      const row = rows[0];
      return row ? { state: row.state, action: row.action, requestId: row.request_id } : null;
    },
  };
}
