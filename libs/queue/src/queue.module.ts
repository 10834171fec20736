import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { DEFAULT_JOB_OPTIONS } from './job-options.js';
import { QUEUE } from './queues.js';
import { queueConnection } from './queue-connection.js';

/** The queue connection (Redis or BullMQ's PostgreSQL backend) and every queue; both the api (producer) and the worker import it. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: queueConnection(config),
        // Every queue, worker, flow producer and scheduler below inherits it.
        prefix: config.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    ...Object.values(QUEUE).map((name) => BullModule.registerQueue({ name })),
  ],
  exports: [BullModule],
})
export class QueueModule {}
