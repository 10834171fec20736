import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { MailOutbox } from '@dsar/mail';
import { OutboundMailEntity } from '@dsar/persistence';

/** Mails still queued after a while lost their job (Redis flushed, crash before dispatch): send again. */
@Injectable()
export class OutboxSweep {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutbox,
  ) {}

  async redispatchStale(olderThanMs = 2 * 60_000): Promise<number> {
    const stale = await this.dataSource.manager.find(OutboundMailEntity, {
      where: { status: 'queued', createdAt: LessThan(new Date(Date.now() - olderThanMs)) },
      take: 1000,
    });
    // The send job id is deterministic: a mail whose job still exists is not queued twice.
    await this.outbox.redispatch(stale);
    return stale.length;
  }
}
