import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  isNotifyingType,
  NOTIFYING_TYPES,
  recipientDisclosure,
  REQUEST_TYPE_RULES,
} from '@dsar/domain';
import { MailOutbox } from '@dsar/mail';
import {
  type OutboundMailEntity,
  RecipientNoticeEntity,
  RequestEntity,
  StoreTaskEntity,
} from '@dsar/persistence';
import { SettingsService } from '@dsar/settings';
import { claimUnlessBusy, StaffAlerts, type StaffAlert } from '../alerts/staff-alerts.service.js';
import { SystemRecords, type SystemRecord } from '@dsar/systems';
import { RECIPIENT_EVENTS, type RecipientEventSender } from './recipient-events.js';
import { recipientNoticeMail } from './recipient-notice-mail.js';
import { earlierCorrections } from './earlier-corrections.js';

const sameName = (left: string, right: string) =>
  left.trim().toLowerCase() === right.trim().toLowerCase();

/**
 * Art. 19: once an erasure or rectification completes, every recipient with an e-mail on an
 * affected system (one whose task changed data) gets one notice naming those systems, and a
 * recipient that is itself a connected webhook system (same name) gets a
 * `dsar.recipient.notice` event. Each tells only what that recipient received
 * (`recipientDisclosure`). A recipient with neither is listed for staff in one alert. Each
 * request is handled once; the notices are rows the subject can ask for.
 */
@Injectable()
export class RecipientNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutbox,
    private readonly settings: SettingsService,
    private readonly systems: SystemRecords,
    @Inject(RECIPIENT_EVENTS) private readonly events: RecipientEventSender,
    private readonly alerts: StaffAlerts,
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
      // Sweeps overlap when one runs longer than their interval: each takes the requests the
      // other is not on.
      if (!(await claimUnlessBusy(manager, 'art19_notices', requestId, requestId))) return;
      ({ mails, events } = await this.notifyIn(manager, requestId));
    });
    await this.outbox.dispatch(mails);
    await this.events.send(events);
  }

  /** Every recipient of an affected system, and whether the product told it (the subject asks). */
  async listFor(
    requestId: string,
  ): Promise<{ name: string; system: string; channel: string; told: boolean; at: Date }[]> {
    const rows = await this.dataSource.manager.find(RecipientNoticeEntity, {
      where: { requestId },
      order: { createdAt: 'ASC' },
    });
    return rows.map((row) => ({
      name: row.recipientName,
      system: row.systemName,
      channel: row.channel,
      told: row.channel !== 'staff',
      at: row.createdAt,
    }));
  }

  private async notifyIn(manager: EntityManager, requestId: string) {
    const request = await manager.findOneByOrFail(RequestEntity, { id: requestId });
    // A lookup-only task changed nothing its recipients must hear of (Art. 19).
    const tasks = await manager.find(StoreTaskEntity, {
      where: { requestId, state: 'succeeded', lookupOnly: false },
    });
    const affected = tasks.filter(
      (task) => (task.result as { outcome?: string } | null)?.outcome === 'completed',
    );
    const settings = await this.settings.get(manager);
    const connected = (await this.systems.list(manager)).filter(
      (system) => system.kind === 'webhook' && system.enabled,
    );
    const action = request.type;
    if (!isNotifyingType(action)) return { mails: [], events: [] };
    const corrections = request.corrections ?? [];
    const earlier = await earlierCorrections(manager, request);
    const disclosed = (sources: SystemRecord[], recipientName: string) =>
      recipientDisclosure(
        sources,
        request.identities,
        corrections,
        earlier.map(({ field, from, to, toldTo }) => ({
          field,
          from,
          to,
          toldThisRecipient: toldTo.has(recipientName.trim().toLowerCase()),
        })),
      );
    const events: string[] = [];
    // A recipient of several affected systems gets one mail naming them all, not one per system.
    const byAddress = new Map<
      string,
      { name: string; email: string; language?: string; sources: SystemRecord[] }
    >();
    const untold: { name: string; system: string }[] = [];
    for (const task of affected) {
      const system = await this.systems.get(manager, task.systemId);
      if (!system) continue;
      for (const recipient of system.recipients) {
        const target = connected.find(
          (candidate) => sameName(candidate.name, recipient.name) && candidate.id !== system.id,
        );
        const channel = target ? 'webhook' : recipient.email ? 'email' : 'staff';
        if (!(await this.remember(manager, requestId, system, recipient.name, channel))) continue;
        if (channel === 'staff') {
          untold.push({ name: recipient.name, system: system.name });
        } else if (target) {
          const told = disclosed([system], recipient.name);
          events.push(
            await this.events.record(
              manager,
              target,
              {
                requestId,
                action,
                identities: told.identities,
                ...(REQUEST_TYPE_RULES[action].carriesCorrections
                  ? { corrections: told.corrections }
                  : {}),
                sourceSystem: system.name,
              },
              requestId,
            ),
          );
        } else {
          const address = recipient.email!.trim().toLowerCase();
          const entry = byAddress.get(address) ?? {
            name: recipient.name,
            email: address,
            language: recipient.language,
            sources: [],
          };
          entry.sources.push(system);
          byAddress.set(address, entry);
        }
      }
    }
    const mails: OutboundMailEntity[] = [];
    for (const recipient of byAddress.values()) {
      const told = disclosed(recipient.sources, recipient.name);
      mails.push(
        await this.outbox.record(
          manager,
          'recipient_notice',
          recipientNoticeMail({
            to: recipient.email,
            recipientName: recipient.name,
            language: recipient.language,
            controllerName: settings.controllerName,
            replyTo: settings.controllerContact,
            reference: request.reference,
            action,
            systemNames: recipient.sources.map((source) => source.name),
            identities: told.identities,
            corrections: told.corrections,
          }),
          requestId,
        ),
      );
    }
    if (untold.length)
      mails.push(
        ...(await this.alerts.raise(manager, untoldAlert(request.reference, requestId, untold))),
      );
    return { mails, events };
  }

  private async remember(
    manager: EntityManager,
    requestId: string,
    system: SystemRecord,
    recipientName: string,
    channel: 'email' | 'webhook' | 'staff',
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

/** Staff must reach these recipients themselves; the alert names them and their systems only. */
function untoldAlert(
  reference: string,
  requestId: string,
  untold: { name: string; system: string }[],
): StaffAlert {
  return {
    kind: 'art19_untold',
    key: requestId,
    requestId,
    subject: `${reference}: tell ${untold.length === 1 ? 'one recipient' : `${untold.length} recipients`} yourselves (Art. 19 GDPR)`,
    paragraphs: [
      `The request ${reference} changed data that these recipients received, and the registry gives no e-mail address or connected system to tell them:`,
      ...untold.map((entry) => `- ${entry.name} (received data from ${entry.system})`),
      'Please tell each of them by the channel you agreed with them, or add an address to the system in the registry.',
    ],
  };
}
