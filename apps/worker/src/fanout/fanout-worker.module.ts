import { Module } from '@nestjs/common';
import { FanoutModule } from '@dsar/fanout';
import { QueueModule } from '@dsar/queue';
import { PackageProcessor } from '../packages/package.processor.js';
import { FanoutProcessor } from './fanout.processor.js';
import { FanoutScheduler } from './fanout.scheduler.js';
import { StoreTaskProcessor } from './store-task.processor.js';

/** The worker's share of the fan-out: store tasks, stage parents, packages, sweeps. */
@Module({
  imports: [QueueModule, FanoutModule],
  providers: [StoreTaskProcessor, FanoutProcessor, PackageProcessor, FanoutScheduler],
})
export class FanoutWorkerModule {}
