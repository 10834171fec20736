import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { MailOutbox } from '@dsar/mail';
import { type OutboundMailEntity, RequestEntity } from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { claimOnce } from '@dsar/notices';
import { SystemRecords } from '@dsar/systems';
import { effectiveDueAtSql, processorDueAt, type RequestType } from '@dsar/domain';
import { processorRequestMail } from './processor-mail.js';
import { disclosedToProcessor, processorLanguage } from './processor-disclosure.js';

const REMIND_DAYS_BEFORE_DUE = 7;

interface DueTask {
  task_id: string;
  request_id: string;
  system_id: string;
  action: RequestType;
  created_at: Date;
}

/**
 * Seven days before the due date, a processor that has not answered gets a reminder (once per
 * task: the staff_alerts key decides, so a sweep run twice mails once).
 */
@Injectable()
export class ProcessorReminders {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutbox,
    private readonly settings: SettingsService,
    private readonly systems: SystemRecords,
  ) {}

  async run(now: Date = new Date()): Promise<number> {
    const horizon = new Date(now.getTime() + REMIND_DAYS_BEFORE_DUE * 24 * 3600 * 1000);
    const due = (await this.dataSource.query(
      `SELECT t.id AS task_id, t.request_id, t.system_id, t.action, t.created_at
         FROM store_tasks t
         JOIN requests r ON r.id = t.request_id
         JOIN staff_alerts sent ON sent.kind = 'processor_request' AND sent.subject_key = t.id::text
        WHERE t.state = 'waiting'
          AND ${effectiveDueAtSql('r')} <= $1
          AND NOT EXISTS (SELECT 1 FROM staff_alerts a WHERE a.kind = 'processor_reminder' AND a.subject_key = t.id::text)
        LIMIT 200`,
      [horizon],
    )) as DueTask[];
    let sent = 0;
    for (const task of due) {
      const mail = await this.remind(task);
      if (mail) {
        await this.outbox.dispatch(mail);
        sent += 1;
      }
    }
    return sent;
  }

  private async remind(task: DueTask): Promise<OutboundMailEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const system = await this.systems.get(manager, task.system_id);
      if (!system || typeof system.settings.to !== 'string') return null;
      if (!(await claimOnce(manager, 'processor_reminder', task.task_id, task.request_id)))
        return null;
      const request = await manager.findOneByOrFail(RequestEntity, { id: task.request_id });
      const settings = await this.settings.get(manager);
      return this.outbox.record(
        manager,
        'processor_reminder',
        processorRequestMail({
          to: system.settings.to,
          language: processorLanguage(system),
          reference: request.reference,
          action: task.action,
          // As little as the first mail: only what the processor's system holds.
          disclosed: await disclosedToProcessor(manager, request, system),
          // The processor's own date (Art. 28(3)(e), our reading), as in the first mail.
          dueAt: processorDueAt(
            request.effectiveDueAt(),
            settings.processorLeadDays,
            new Date(task.created_at),
          ),
          timeZone: this.config.controllerTimezone,
          controllerName: settings.controllerName,
          replyTo: settings.controllerContact,
          systemName: system.name,
          reminder: true,
        }),
        request.id,
      );
    });
  }
}
