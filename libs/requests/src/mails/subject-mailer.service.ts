import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailOutbox } from '@dsar/mail';
import type { OutboundMailEntity } from '@dsar/persistence';
import {
  subjectMail,
  type SubjectMailInput,
  type SubjectMailName,
} from './subject-mail.registry.js';

/** Records a subject mail in the caller's transaction under its typed template name. */
@Injectable()
export class SubjectMailer {
  constructor(private readonly outbox: MailOutbox) {}

  record<N extends SubjectMailName>(
    manager: EntityManager,
    name: N,
    input: SubjectMailInput<N>,
    requestId: string,
  ): Promise<OutboundMailEntity> {
    return this.outbox.record(manager, name, subjectMail(name, input), requestId);
  }

  /** After commit; see `MailOutbox.dispatch`. */
  dispatch(mails: OutboundMailEntity | OutboundMailEntity[] | null | undefined): Promise<void> {
    return this.outbox.dispatch(mails);
  }
}
