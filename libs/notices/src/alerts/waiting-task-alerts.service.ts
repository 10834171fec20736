import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { SettingsService } from '@dsar/settings';
import { StaffAlerts } from './staff-alerts.service.js';

interface WaitingTask {
  id: string;
  run: number;
  request_id: string;
  reference: string;
  system_name: string;
  action: string;
  note: string | null;
  waiting_hours: number;
}

/**
 * A task `waiting` longer than the `waitingTaskAlertHours` setting alerts staff, once per task
 * and run (the unique alert key decides, so sweeps running side by side alert once).
 */
@Injectable()
export class WaitingTaskAlerts {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: SettingsService,
    private readonly alerts: StaffAlerts,
  ) {}

  /** How many tasks were alerted now (a task another sweep alerted meanwhile is not counted). */
  async run(): Promise<number> {
    const { waitingTaskAlertHours } = await this.settings.get();
    const overdue = (await this.dataSource.query(
      `SELECT t.id, t.run, t.request_id, r.reference, t.system_name, t.action, t.note,
              floor(extract(epoch FROM now() - t.updated_at) / 3600)::int AS waiting_hours
         FROM store_tasks t JOIN requests r ON r.id = t.request_id
        WHERE t.state = 'waiting' AND t.updated_at < now() - make_interval(hours => $1)
          AND NOT EXISTS (SELECT 1 FROM staff_alerts a
                           WHERE a.kind = 'task_waiting' AND a.subject_key = t.id::text || '-r' || t.run)
        ORDER BY t.updated_at
        LIMIT 200`,
      [waitingTaskAlertHours],
    )) as WaitingTask[];
    let raised = 0;
    for (const task of overdue) {
      const mails = await this.dataSource.transaction((manager) =>
        this.alerts.raise(manager, {
          kind: 'task_waiting',
          key: `${task.id}-r${task.run}`,
          requestId: task.request_id,
          subject: `Task waiting for ${task.waiting_hours} h: ${task.system_name} (${task.action}) on ${task.reference}`,
          paragraphs: [
            `The ${task.action} task for ${task.system_name} on request ${task.reference} has been waiting for ${task.waiting_hours} hours (${task.note ?? 'no note'}).`,
            'Ask the system, retry the task (it is sent afresh), or close it by hand with a note.',
          ],
          link: {
            href: `${this.config.publicUrl}/admin/#/requests/${task.request_id}/show`,
            label: 'Open the request',
          },
        }),
      );
      if (mails.length) raised += 1;
      await this.alerts.dispatch(mails);
    }
    return raised;
  }
}
