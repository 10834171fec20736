import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailOutbox } from '@dsar/mail';
import type { OutboundMailEntity } from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { claimOnce } from '@dsar/notices';
import { SystemRecords } from '@dsar/systems';
import { processorCancellationMail } from './processor-mail.js';
import { processorLanguage } from './processor-disclosure.js';

interface Withdrawn {
  task_id: string;
  request_id: string;
  system_id: string;
  reference: string;
}

/**
 * A processor that was mailed a request which is then cancelled is told it need not act (once
 * per task), as webhook systems get `dsar.request.cancelled`.
 */
@Injectable()
export class ProcessorCancellations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutbox,
    private readonly settings: SettingsService,
    private readonly systems: SystemRecords,
  ) {}

  async run(): Promise<number> {
    const withdrawn = (await this.dataSource.query(
      `SELECT t.id AS task_id, t.request_id, t.system_id, r.reference
         FROM store_tasks t
         JOIN requests r ON r.id = t.request_id AND r.status = 'cancelled'
         JOIN staff_alerts sent ON sent.kind = 'processor_request' AND sent.subject_key = t.id::text
        WHERE NOT EXISTS (SELECT 1 FROM staff_alerts a WHERE a.kind = 'processor_cancel' AND a.subject_key = t.id::text)
        LIMIT 200`,
    )) as Withdrawn[];
    for (const task of withdrawn) {
      const mail = await this.dataSource.transaction(
        async (manager): Promise<OutboundMailEntity | null> => {
          const system = await this.systems.get(manager, task.system_id);
          if (!(await claimOnce(manager, 'processor_cancel', task.task_id, task.request_id)))
            return null;
          if (!system || typeof system.settings.to !== 'string') return null;
          const settings = await this.settings.get(manager);
          return this.outbox.record(
            manager,
            'processor_cancel',
            processorCancellationMail({
              to: system.settings.to,
              language: processorLanguage(system),
              reference: task.reference,
              controllerName: settings.controllerName,
              replyTo: settings.controllerContact,
            }),
            task.request_id,
          );
        },
      );
      await this.outbox.dispatch(mail);
    }
    return withdrawn.length;
  }
}
