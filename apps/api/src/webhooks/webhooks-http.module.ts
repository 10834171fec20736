import { Module } from '@nestjs/common';
import { ConnectedSystemsModule } from '@dsar/connectors';
import { RequestsModule } from '@dsar/requests';
import { WebhooksModule } from '@dsar/webhooks';
import { CallbacksController } from './callbacks.controller.js';
import { ConnectedSystemsController } from './connected-systems.controller.js';
import { DeliveriesController } from './deliveries.controller.js';
import { TaskAttachmentsController } from './task-attachments.controller.js';

/** Callbacks, deliveries, secret rotation, task outcomes and the subject's recipient list. */
@Module({
  imports: [WebhooksModule, ConnectedSystemsModule, RequestsModule],
  controllers: [
    CallbacksController,
    DeliveriesController,
    ConnectedSystemsController,
    TaskAttachmentsController,
  ],
})
export class WebhooksHttpModule {}
