import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isNotifyingType, NOTIFYING_TYPES, REQUEST_TYPE_RULES } from '@dsar/domain';
import { MailOutbox } from '@dsar/mail';
import {
  type OutboundMailEntity,
  RecipientNoticeEntity,
  RequestEntity,
  StoreTaskEntity,
} from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { claimOnce } from '../alerts/staff-alerts.service.js';
import { SYSTEM_STORE, type StoredSystem, type SystemStore } from '../systems/system-store.js';
import { RECIPIENT_EVENTS, type RecipientEventSender } from './recipient-events.js';
import { recipientNoticeMail } from './recipient-notice-mail.js';

const sameName = (left: string, right: string) =>
  left.trim().toLowerCase() === right.trim().toLowerCase();

/**
 * Art. 19: once an erasure or rectification completes, every recipient with an e-mail on an
 * affected system (one whose task changed data) gets one notice naming those systems, and a
 * recipient that is itself a connected webhook system (same name) gets a
 * `dsar.recipient.notice` event. Each request is handled once; the notices are rows the subject
 * can ask for.
 */
@Injectable()
export class RecipientNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutbox,
    private readonly settings: SettingsService,
    @Inject(SYSTEM_STORE) private readonly systems: SystemStore,
    @Inject(RECIPIENT_EVENTS) private readonly events: RecipientEventSender,
  ) {}

  /** Completed erasures and rectifications of the last 30 days not handled yet. */
  async run(): Promise<number> {
    const pending = (await this.dataSource.query(
      `SELECT r.id FROM requests r
        WHERE r.status = 'completed' AND r.type = ANY($1::text[])
          AND r.completed_at > now() - interval '30 days'
          AND NOT EXISTS (SELECT 1 FROM staff_alerts a WHERE a.kind = 'art19_notices' AND a.subject_key = r.id::text)
        LIMIT 100`,
      [NOTIFYING_TYPES],
    )) as { id: string }[];
    for (const { id } of pending) await this.notify(id);
    return pending.length;
  }

  async notify(requestId: string): Promise<void> {
    let mails: OutboundMailEntity[] = [];
    let events: string[] = [];
    await this.dataSource.transaction(async (manager) => {
      if (!(await claimOnce(manager, 'art19_notices', requestId, requestId))) return;
      ({ mails, events } = await this.notifyIn(manager, requestId));
    });
    await this.outbox.dispatch(mails);
    await this.events.send(events);
  }

  /** The recipients told about one request (the subject's "who are they?"). */
  async listFor(
    requestId: string,
  ): Promise<{ name: string; system: string; channel: string; at: Date }[]> {
    const rows = await this.dataSource.manager.find(RecipientNoticeEntity, {
      where: { requestId },
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => ({
      name: row.recipientName,
      system: row.systemName,
      channel: row.channel,
      at: row.createdAt,
    }));
  }

  private async notifyIn(manager: EntityManager, requestId: string) {
    const request = await manager.findOneByOrFail(RequestEntity, { id: requestId });
    const tasks = await manager.find(StoreTaskEntity, { where: { requestId, state: 'succeeded' } });
    const affected = tasks.filter(
      (task) => (task.result as { outcome?: string } | null)?.outcome === 'completed',
    );
    const settings = await this.settings.get(manager);
    const connected = (await this.systems.list(manager)).filter(
      (system) => system.kind === 'webhook' && system.enabled,
    );
    const action = request.type;
    if (!isNotifyingType(action)) return { mails: [], events: [] };
    const events: string[] = [];
    // A recipient of several affected systems gets one mail naming them all, not one per system.
    const byAddress = new Map<string, { name: string; email: string; systems: string[] }>();
    for (const task of affected) {
      const system = await this.systems.get(manager, task.systemId);
      if (!system) continue;
      for (const recipient of system.recipients) {
        const target = connected.find(
          (candidate) => sameName(candidate.name, recipient.name) && candidate.id !== system.id,
        );
        if (!target && !recipient.email) continue;
        const channel = target ? 'webhook' : 'email';
        if (!(await this.remember(manager, requestId, system, recipient.name, channel))) continue;
        if (target) {
          events.push(
            await this.events.record(
              manager,
              target,
              {
                requestId,
                action,
                identities: request.identities,
                ...(REQUEST_TYPE_RULES[action].carriesCorrections
                  ? { corrections: request.corrections ?? [] }
                  : {}),
                sourceSystem: system.name,
              },
              requestId,
            ),
          );
          continue;
        }
        const address = recipient.email!.trim().toLowerCase();
        const entry = byAddress.get(address) ?? { ...recipient, email: address, systems: [] };
        entry.systems.push(system.name);
        byAddress.set(address, entry);
      }
    }
    const mails: OutboundMailEntity[] = [];
    for (const recipient of byAddress.values()) {
      mails.push(
        await this.outbox.record(
          manager,
          'recipient_notice',
          recipientNoticeMail({
            to: recipient.email,
            recipientName: recipient.name,
            controllerName: settings.controllerName,
            replyTo: settings.controllerContact,
            reference: request.reference,
            action,
            systemNames: recipient.systems,
            identities: request.identities,
            corrections: request.corrections ?? [],
          }),
          requestId,
        ),
      );
    }
    return { mails, events };
  }

  private async remember(
    manager: EntityManager,
    requestId: string,
    system: StoredSystem,
    recipientName: string,
    channel: 'email' | 'webhook',
  ) {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(RecipientNoticeEntity)
      .values({ requestId, systemId: system.id, systemName: system.name, recipientName, channel })
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length > 0;
  }
}
