import { Module } from '@nestjs/common';
import { TasksController } from './tasks.controller.js';

/** `/api/admin/tasks`; the fan-out services come from the global FanoutModule. */
@Module({ controllers: [TasksController] })
export class TasksModule {}
