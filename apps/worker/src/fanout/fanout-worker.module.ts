import { type DynamicModule, Module } from '@nestjs/common';
import { FanoutModule, type FanoutAdapters } from '@dsar/fanout';
import { QueueModule } from '@dsar/queue';
import { PackageProcessor } from '../packages/package.processor.js';
import { FanoutProcessor } from './fanout.processor.js';
import { FanoutScheduler } from './fanout.scheduler.js';
import { StoreTaskProcessor } from './store-task.processor.js';

/** The worker's share of the fan-out: store tasks, stage parents, packages, sweeps. */
@Module({})
export class FanoutWorkerModule {
  static register(adapters?: FanoutAdapters): DynamicModule {
    return {
      module: FanoutWorkerModule,
      imports: [QueueModule, FanoutModule.forRoot(adapters)],
      providers: [StoreTaskProcessor, FanoutProcessor, PackageProcessor, FanoutScheduler],
    };
  }
}
