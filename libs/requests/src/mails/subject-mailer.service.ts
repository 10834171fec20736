import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailOutbox } from '@dsar/mail';
import { appendAuditEvent, SYSTEM_ACTOR, type OutboundMailEntity } from '@dsar/persistence';
import {
  subjectMail,
  type SubjectMailInput,
  type SubjectMailName,
} from './subject-mail.registry.js';

/**
 * Records a subject mail in the caller's transaction under its typed template name. A request
 * without an e-mail (a browser's Global Privacy Control signal) has nobody to write to: no mail
 * is recorded, and the audit says which one was not sent and why.
 */
@Injectable()
export class SubjectMailer {
  constructor(private readonly outbox: MailOutbox) {}

  async record<N extends SubjectMailName>(
    manager: EntityManager,
    name: N,
    input: SubjectMailInput<N>,
    requestId: string,
  ): Promise<OutboundMailEntity | null> {
    if ((input as { request: { email: string | null } }).request.email === null) {
      await appendAuditEvent(manager, {
        requestId,
        actor: SYSTEM_ACTOR,
        action: 'subject_mail_skipped',
        data: { template: name, reason: 'no_email' },
      });
      return null;
    }
    return this.outbox.record(manager, name, subjectMail(name, input), requestId);
  }

  /** After commit; see `MailOutbox.dispatch`. */
  dispatch(mails: OutboundMailEntity | OutboundMailEntity[] | null | undefined): Promise<void> {
    return this.outbox.dispatch(mails);
  }
}
