import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { APP_CONFIG, type AppConfig } from '@dsar/config';
import { QUEUE } from './queues.js';
import { queueConnection } from './queue-connection.js';

const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 24 * 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** The queue connection (Redis or BullMQ's PostgreSQL backend) and every queue; both the api (producer) and the worker import it. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: queueConnection(config),
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    ...Object.values(QUEUE).map((name) => BullModule.registerQueue({ name })),
  ],
  exports: [BullModule],
})
export class QueueModule {}
