import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ATTACHMENT_FILES } from '@dsar/connectors';
import { StoreTaskService } from '@dsar/fanout';
import { FILE_VAULT } from '@dsar/packages';
import { NO_SYSTEM_STORE, SYSTEM_STORE } from '@dsar/notices';
import { WEBHOOK_TASKS, taskPortFrom, type WebhookAdapters } from '@dsar/webhooks';

/**
 * The webhook code's ports in the api: the fan-out's waiting tasks, and the systems registry
 * (`systemStore`: a SYSTEM_STORE provider from libs/systems; none yet means no systems).
 */
export function webhookAdapters(systemStore?: Provider): WebhookAdapters {
  return {
    providers: [
      systemStore ?? { provide: SYSTEM_STORE, useValue: NO_SYSTEM_STORE },
      { provide: ATTACHMENT_FILES, useExisting: FILE_VAULT },
      {
        provide: WEBHOOK_TASKS,
        inject: [DataSource, StoreTaskService],
        useFactory: (dataSource: DataSource, tasks: StoreTaskService) =>
          taskPortFrom(
            dataSource,
            (taskId, result, actor) => tasks.completeWaiting(taskId, result, actor),
            (taskId, decide, actor) => tasks.answer(taskId, decide, actor),
          ),
      },
    ],
  };
}
