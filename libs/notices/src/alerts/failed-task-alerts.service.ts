import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { StaffAlerts } from './staff-alerts.service.js';

interface FailedTask {
  id: string;
  run: number;
  request_id: string;
  reference: string;
  system_name: string;
  action: string;
  last_error: string | null;
}

/**
 * A task that failed for good alerts staff at once (the sweep runs every few seconds). The key
 * includes the run, so a retried task that fails again alerts again, and never twice per run.
 */
@Injectable()
export class FailedTaskAlerts {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly alerts: StaffAlerts,
  ) {}

  async run(): Promise<number> {
    const failed = (await this.dataSource.query(
      `SELECT t.id, t.run, t.request_id, r.reference, t.system_name, t.action, t.last_error
         FROM store_tasks t JOIN requests r ON r.id = t.request_id
        WHERE t.state = 'failed' AND t.updated_at > now() - interval '7 days'
          AND NOT EXISTS (SELECT 1 FROM staff_alerts a
                           WHERE a.kind = 'task_failed' AND a.subject_key = t.id::text || '-r' || t.run)
        LIMIT 200`,
    )) as FailedTask[];
    for (const task of failed) {
      const mails = await this.dataSource.transaction((manager) =>
        this.alerts.raise(manager, {
          kind: 'task_failed',
          key: `${task.id}-r${task.run}`,
          requestId: task.request_id,
          subject: `Task failed: ${task.system_name} (${task.action}) on ${task.reference}`,
          paragraphs: [
            `The ${task.action} task for ${task.system_name} on request ${task.reference} failed for good: ${task.last_error ?? 'no reason given'}.`,
            'The request needs an officer: retry the task, or close it by hand with a note.',
          ],
          link: {
            href: `${this.config.publicUrl}/admin/#/requests/${task.request_id}/show`,
            label: 'Open the request',
          },
        }),
      );
      await this.alerts.dispatch(mails);
    }
    return failed.length;
  }
}
