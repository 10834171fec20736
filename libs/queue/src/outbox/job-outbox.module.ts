import { Module } from '@nestjs/common';
import { JobOutbox } from './job-outbox.service.js';
import { OutboxProducer } from './outbox-producer.js';
import { OutboxRelay } from './outbox-relay.service.js';

/** The job outbox and its relay timer; every process that imports it relays. */
@Module({
  providers: [OutboxProducer, JobOutbox, OutboxRelay],
  exports: [JobOutbox, OutboxRelay],
})
export class JobOutboxModule {}
