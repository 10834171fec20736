import { Module } from '@nestjs/common';
import { MailModule } from '@dsar/mail';
import { DevMailboxController } from './dev-mailbox.controller.js';

@Module({ imports: [MailModule], controllers: [DevMailboxController] })
export class DevMailboxModule {}
