import type { DataSource } from 'typeorm';
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
  find(taskId: string): Promise<{ state: string; action: string; requestId: string } | null>;
}

/** The task port over the fan-out's `completeWaiting` and the store_tasks table. */
export function taskPortFrom(
  dataSource: DataSource,
  completeWaiting: WebhookTaskPort['completeWaiting'],
): WebhookTaskPort {
  return {
    completeWaiting,
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
