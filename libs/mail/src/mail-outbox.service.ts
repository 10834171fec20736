import { Inject, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { OutboundMailEntity } from '@dsar/persistence';
import { SecretBox, hashToken } from '@dsar/security';
import { JOB, JobOutbox, QUEUE, jobId, type OutboxJob, type SendMailPayload } from '@dsar/queue';
import type { MailMessage } from './mail-message.js';

/** The send job of one outbox mail; its id is deterministic, so a mail is sent by one job. */
export function sendMailJob(mailId: string): OutboxJob {
  return {
    kind: 'job',
    queue: QUEUE.mail,
    name: JOB.sendMail,
    data: { mailId } satisfies SendMailPayload,
    opts: { jobId: jobId(JOB.sendMail, mailId) },
  };
}

/**
 * The transactional outbox: `record` writes the sealed mail and its send job in the caller's
 * transaction, `dispatch` enqueues the job after commit (or, while Redis is down, leaves it to the
 * job outbox's relay; it never throws for Redis). A mail whose job was lost is found by the sweep.
 */
@Injectable()
export class MailOutbox {
  private readonly box: SecretBox;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUE.mail) private readonly mailQueue: Queue<SendMailPayload>,
    private readonly jobs: JobOutbox,
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
    const mail = await manager.save(
      OutboundMailEntity,
      manager.create(OutboundMailEntity, {
        requestId,
        template,
        recipientHash: this.recipientHash(message.to),
        sealed: this.box.seal(JSON.stringify(message)),
        status: 'queued',
      }),
    );
    await this.jobs.record(manager, sendMailJob(mail.id));
    return mail;
  }

  /** After commit: the recorded mails' send jobs go to the queue now, or wait for the relay. */
  async dispatch(
    mails: OutboundMailEntity | OutboundMailEntity[] | null | undefined,
  ): Promise<void> {
    await this.jobs.relayJobs(listOf(mails).map((mail) => sendMailJob(mail.id)));
  }

  /** The sweep's way: adds the send jobs straight to the queue (throws when Redis is down). */
  async redispatch(mails: OutboundMailEntity[]): Promise<void> {
    const list = listOf(mails);
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

function listOf(
  mails: OutboundMailEntity | OutboundMailEntity[] | null | undefined,
): OutboundMailEntity[] {
  return (Array.isArray(mails) ? mails : [mails]).filter((mail): mail is OutboundMailEntity =>
    Boolean(mail),
  );
}
