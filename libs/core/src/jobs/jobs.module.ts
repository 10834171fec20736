import { Module } from '@nestjs/common';
import { PRODUCT_MODULES } from '../product-modules.js';
import { FanoutProcessor } from './fanout/fanout.processor.js';
import { FanoutScheduler } from './fanout/fanout.scheduler.js';
import { StoreTaskProcessor } from './fanout/store-task.processor.js';
import { MailProcessor } from './mail/mail.processor.js';
import { MaintenanceProcessor } from './maintenance/maintenance.processor.js';
import { MaintenanceScheduler } from './maintenance/maintenance.scheduler.js';
import { OutboxSweep } from './maintenance/outbox-sweep.service.js';
import { PackageProcessor } from './packages/package.processor.js';
import { NoticesProcessor } from './webhooks/notices.processor.js';
import { NoticesScheduler } from './webhooks/notices.scheduler.js';
import { WebhookDeliveryProcessor } from './webhooks/webhook-delivery.processor.js';

/** One processor per queue (see JOB_QUEUE). */
export const PROCESSORS = [
  MailProcessor,
  MaintenanceProcessor,
  StoreTaskProcessor,
  FanoutProcessor,
  PackageProcessor,
  WebhookDeliveryProcessor,
  NoticesProcessor,
];

const SCHEDULERS = [MaintenanceScheduler, FanoutScheduler, NoticesScheduler];

/**
 * The process that runs jobs: every processor and repeating schedule. The product's services
 * come from CoreModule, which imports this module only for the worker.
 */
@Module({ imports: PRODUCT_MODULES, providers: [...PROCESSORS, ...SCHEDULERS, OutboxSweep] })
export class JobsModule {}
