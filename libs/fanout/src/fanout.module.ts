import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailModule } from '@dsar/mail';
import { NoticesModule } from '@dsar/notices';
import { QueueModule } from '@dsar/queue';
import { COMPLETION_SERVICES, RequestsModule, SystemInventory, WORK_PLANNER } from '@dsar/requests';
import { PackagesModule } from '@dsar/packages';
import { SystemsModule } from '@dsar/systems';
import { WEBHOOK_TASKS, taskPortFrom } from '@dsar/webhooks';
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
import { RestrictionLifting } from './restriction/restriction-lifting.service.js';

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
  RestrictionLifting,
];

/** The waiting tasks as webhooks and the e-mail and manual connectors settle them. */
const WEBHOOK_TASKS_PROVIDER = {
  provide: WEBHOOK_TASKS,
  inject: [DataSource, StoreTaskService],
  useFactory: (dataSource: DataSource, tasks: StoreTaskService) =>
    taskPortFrom(
      dataSource,
      (taskId, result, actor) => tasks.completeWaiting(taskId, result, actor),
      (taskId, decide, actor) => tasks.answer(taskId, decide, actor),
    ),
};

/**
 * The fan-out engine over the systems registry. Global for one reason: it provides WORK_PLANNER
 * to the request decisions (libs/requests) and WEBHOOK_TASKS to webhooks and the connectors, which
 * all sit below the engine and cannot import it.
 */
@Global()
@Module({
  imports: [QueueModule, MailModule, NoticesModule, RequestsModule, PackagesModule, SystemsModule],
  providers: [
    ...SERVICES,
    ...COMPLETION_SERVICES,
    { provide: SystemInventory, useClass: FanoutInventory },
    { provide: WORK_PLANNER, useExisting: StoreTaskPlanner },
    WEBHOOK_TASKS_PROVIDER,
  ],
  exports: [...SERVICES, ...COMPLETION_SERVICES, WORK_PLANNER, WEBHOOK_TASKS, PackagesModule],
})
export class FanoutModule {}
