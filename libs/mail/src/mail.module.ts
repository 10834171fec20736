import { Module } from '@nestjs/common';
import { QueueModule } from '@dsar/queue';
import { MailOutbox } from './mail-outbox.service.js';
import { MailSender } from './mail-sender.service.js';

@Module({
  imports: [QueueModule],
  providers: [MailOutbox, MailSender],
  exports: [MailOutbox, MailSender],
})
export class MailModule {}
