import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import {
  appendAuditEvent,
  OutboundMailEntity,
  RequestEntity,
  SYSTEM_ACTOR,
} from '@dsar/persistence';
import { JobRowMissingError } from '@dsar/queue';
import { MailOutbox } from './mail-outbox.service.js';

/**
 * Sends one outbox row. Idempotent: the row is locked and must still be `queued`, so a job run
 * twice (or by two workers) sends once. Without SMTP_URL the row itself is the dev mailbox.
 */
@Injectable()
export class MailSender {
  private readonly logger = new Logger(MailSender.name);
  private readonly transport: Transporter | null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutbox,
  ) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  }

  /** A mail that is not in this database fails the job (JobRowMissingError), visibly. */
  async send(mailId: string): Promise<'sent' | 'already_sent'> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const mail = await manager
          .createQueryBuilder(OutboundMailEntity, 'mail')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where('mail.id = :mailId', { mailId })
          .getOne();
        if (!mail) {
          // Locked by another worker sending it right now, or not ours at all.
          if (await manager.existsBy(OutboundMailEntity, { id: mailId })) return 'already_sent';
          throw new JobRowMissingError('mail', mailId);
        }
        if (mail.status !== 'queued') return 'already_sent';
        if (this.transport) {
          const message = this.outbox.open(mail);
          await this.transport.sendMail({ from: this.config.mailFrom, ...message });
        }
        await manager.update(OutboundMailEntity, mail.id, {
          status: 'sent',
          sentAt: new Date(),
          attempts: mail.attempts + 1,
          lastError: null,
        });
        if (mail.template === 'acknowledgement' && mail.requestId) {
          await this.recordReceiptConfirmed(manager, mail.requestId);
        }
        this.logger.log({ mailId, template: mail.template }, 'mail sent');
        return 'sent';
      });
    } catch (error) {
      await this.dataSource
        .createQueryBuilder()
        .update(OutboundMailEntity)
        .set({
          attempts: () => 'attempts + 1',
          lastError: String((error as Error).message).slice(0, 500),
        })
        .where('id = :mailId', { mailId })
        .execute();
      throw error;
    }
  }

  /**
   * The receipt confirmation is done when the acknowledgement leaves: recorded once, on a request
   * whose regime has the duty (an `acknowledge_by`, CCPA).
   */
  private async recordReceiptConfirmed(manager: EntityManager, requestId: string): Promise<void> {
    const confirmed = await manager
      .createQueryBuilder()
      .update(RequestEntity)
      .set({ acknowledgedAt: () => 'now()' })
      .where('id = :requestId AND acknowledge_by IS NOT NULL AND acknowledged_at IS NULL', {
        requestId,
      })
      .returning(['status'])
      .execute();
    const row = (confirmed.raw as { status: string }[])[0];
    if (!row) return;
    await appendAuditEvent(manager, {
      requestId,
      actor: SYSTEM_ACTOR,
      action: 'receipt_confirmed',
      fromStatus: row.status,
      toStatus: row.status,
    });
  }

  async close(): Promise<void> {
    this.transport?.close();
  }
}
