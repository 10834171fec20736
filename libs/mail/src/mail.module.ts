import { Module } from '@nestjs/common';
import { JobOutboxModule, QueueModule } from '@dsar/queue';
import { MailOutbox } from './mail-outbox.service.js';
import { MailSender } from './mail-sender.service.js';

@Module({
  imports: [QueueModule, JobOutboxModule],
  providers: [MailOutbox, MailSender],
  exports: [MailOutbox, MailSender, JobOutboxModule],
})
export class MailModule {}
