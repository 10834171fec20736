import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { MailModule } from '@dsar/mail';
import { NoticesModule } from '@dsar/notices';
import { QueueModule } from '@dsar/queue';
import { COMPLETION_SERVICES, RequestsModule, SystemInventory, WORK_PLANNER } from '@dsar/requests';
import { PackagesModule } from '@dsar/packages';
import { FanoutInventory } from './finalising/fanout-inventory.js';
import { StoreTaskService } from './admin/store-task.service.js';
import { TaskListing } from './admin/task-listing.service.js';
import { RequestFinaliser } from './finalising/request-finaliser.service.js';
import { StoreTaskPlanner } from './planning/store-task-planner.service.js';
import { FanoutQueue } from './running/fanout-queue.js';
import { FanoutSweep } from './running/fanout-sweep.service.js';
import { StoreTaskRunner } from './running/store-task-runner.service.js';
import { TaskRecorder } from './running/task-recorder.js';
import { TaskLocks } from './running/task-locks.js';
import { defaultAdapters } from './adapters.js';

const SERVICES = [
  FanoutQueue,
  RequestFinaliser,
  TaskRecorder,
  TaskLocks,
  StoreTaskRunner,
  StoreTaskPlanner,
  StoreTaskService,
  TaskListing,
  FanoutSweep,
];

export interface FanoutAdapters {
  /** Providers of FANOUT_SYSTEMS and FANOUT_CONNECTORS. */
  providers: Provider[];
  imports?: DynamicModule['imports'];
}

/** The fan-out engine; provides the approval's WORK_PLANNER. */
@Module({})
export class FanoutModule {
  static forRoot(adapters: FanoutAdapters = defaultAdapters()): DynamicModule {
    return {
      module: FanoutModule,
      global: true,
      imports: [
        QueueModule,
        MailModule,
        NoticesModule,
        RequestsModule,
        PackagesModule,
        ...(adapters.imports ?? []),
      ],
      providers: [
        ...SERVICES,
        ...adapters.providers,
        ...COMPLETION_SERVICES,
        { provide: SystemInventory, useClass: FanoutInventory },
        { provide: WORK_PLANNER, useExisting: StoreTaskPlanner },
      ],
      exports: [...SERVICES, ...COMPLETION_SERVICES, WORK_PLANNER, PackagesModule],
    };
  }
}
