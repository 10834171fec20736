import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  recipientMailLimitReached,
  recipientMailWindowStart,
  recipientMayReceive,
} from '@dsar/domain';
import { MailOutbox } from '@dsar/mail';
import { SettingsService, type Settings } from '@dsar/settings';

/**
 * The per-recipient mail limit (`recipientMayReceive` in @dsar/domain) against the setting
 * `mailsPerRecipientPerDay` and the outbox's count: every service that mails a subject on a
 * stranger's say-so (intake, fresh links, download links) asks here.
 */
@Injectable()
export class RecipientMailLimit {
  constructor(
    private readonly settings: SettingsService,
    private readonly outbox: MailOutbox,
  ) {}

  /** A request without an e-mail (a browser's GPC signal) is mailed nothing, so nothing limits it. */
  async allows(
    manager: EntityManager,
    email: string | null,
    now = new Date(),
    settings?: Settings,
  ): Promise<boolean> {
    if (email === null) return true;
    const { mailsPerRecipientPerDay } = settings ?? (await this.settings.get(manager));
    const sent = await this.outbox.countSentTo(manager, email, recipientMailWindowStart(now));
    return recipientMayReceive(sent, mailsPerRecipientPerDay);
  }

  /** The same, as a 429 with Retry-After when the address had its mails for the day. */
  async enforce(
    manager: EntityManager,
    email: string | null,
    now = new Date(),
    settings?: Settings,
  ): Promise<void> {
    if (!(await this.allows(manager, email, now, settings))) throw recipientMailLimitReached();
  }
}
