import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { OutboundMailEntity } from '@dsar/persistence';
import { SecretBox, hashToken } from '@dsar/security';
import { JOB, QUEUE, jobId, type SendMailPayload } from '@dsar/queue';
import type { MailMessage } from './mail-message.js';

/**
 * The transactional outbox: `record` writes the sealed mail in the caller's transaction,
 * `dispatch` enqueues its job after commit. A mail whose job was lost is found by the sweep.
 */
@Injectable()
export class MailOutbox {
  private readonly box: SecretBox;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUE.mail) private readonly mailQueue: Queue<SendMailPayload>,
  ) {
    this.box = new SecretBox(config.appSecret, 'mail');
  }

  recipientHash(email: string): string {
    return hashToken(this.config.appSecret, 'recipient', email.trim().toLowerCase());
  }

  /** How many mails went to this address since `since` (the per-recipient limit). */
  async countSentTo(manager: EntityManager, email: string, since: Date): Promise<number> {
    return manager
      .createQueryBuilder(OutboundMailEntity, 'mail')
      .where('mail.recipient_hash = :hash', { hash: this.recipientHash(email) })
      .andWhere('mail.created_at >= :since', { since })
      .andWhere(`mail.status <> 'suppressed'`)
      .getCount();
  }

  async record(
    manager: EntityManager,
    template: string,
    message: MailMessage,
    requestId: string | null = null,
  ): Promise<OutboundMailEntity> {
    return manager.save(
      OutboundMailEntity,
      manager.create(OutboundMailEntity, {
        requestId,
        template,
        recipientHash: this.recipientHash(message.to),
        sealed: this.box.seal(JSON.stringify(message)),
        status: 'queued',
      }),
    );
  }

  async dispatch(
    mails: OutboundMailEntity | OutboundMailEntity[] | null | undefined,
  ): Promise<void> {
    const list = (Array.isArray(mails) ? mails : [mails]).filter(
      (mail): mail is OutboundMailEntity => Boolean(mail),
    );
    await Promise.all(
      list.map((mail) =>
        this.mailQueue.add(
          JOB.sendMail,
          { mailId: mail.id },
          { jobId: jobId(JOB.sendMail, mail.id) },
        ),
      ),
    );
  }

  open(mail: OutboundMailEntity): MailMessage {
    return JSON.parse(this.box.openText(mail.sealed)) as MailMessage;
  }
}
