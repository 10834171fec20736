import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WebhookMessageEntity } from '@dsar/persistence';
import { claimOnce } from '@dsar/notices';
import { WebhookDispatcher } from './webhook-dispatcher.service.js';
import { WebhookMessages } from './webhook-messages.service.js';

interface Unfinished {
  id: string;
  system_id: string;
  system_name: string;
  task_id: string;
  request_id: string;
}

/**
 * A cancelled request tells each system with unfinished work (`dsar.request.cancelled`, once per
 * task) and stops that task's retries. Postgres decides: the sweep finds cancelled requests whose
 * messages are still pending or awaiting a callback.
 */
@Injectable()
export class WebhookCancellations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: WebhookMessages,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  async run(): Promise<number> {
    const unfinished = (await this.dataSource.query(
      `SELECT m.id, m.system_id, m.system_name, m.task_id, m.request_id
         FROM webhook_messages m JOIN requests r ON r.id = m.request_id
        WHERE m.task_id IS NOT NULL AND m.state IN ('pending','awaiting_callback') AND r.status = 'cancelled'
        LIMIT 200`,
    )) as Unfinished[];
    for (const message of unfinished) {
      const notice = await this.dataSource.transaction(async (manager) => {
        await manager.update(WebhookMessageEntity, message.id, {
          state: 'failed',
          nextAttemptAt: null,
          lastError: 'the request was cancelled',
          updatedAt: new Date(),
        });
        if (!(await claimOnce(manager, 'cancel_notice', message.id, message.request_id)))
          return null;
        return this.messages.forEvent(
          manager,
          { id: message.system_id, name: message.system_name },
          {
            type: 'dsar.request.cancelled',
            timestamp: new Date().toISOString(),
            data: { requestId: message.request_id, taskId: message.task_id },
          },
          message.request_id,
        );
      });
      if (notice) await this.dispatcher.attempt(notice.id);
    }
    return unfinished.length;
  }
}
