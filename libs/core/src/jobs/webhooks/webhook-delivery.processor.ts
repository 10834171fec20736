import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JOB, QUEUE, type DeliverWebhookPayload } from '@dsar/queue';
import { WebhookRetries } from '@dsar/webhooks';
import { JobHost } from '../job-host.js';

/**
 * Scheduled webhook attempts; the handler re-reads the message and claims its attempt. As for
 * store tasks, a short lock (renewed while the attempt runs) hands a killed worker's attempt to
 * another worker within seconds, and a few stalls are allowed before BullMQ gives up on it.
 */
@Processor(QUEUE.webhooks, {
  concurrency: 8,
  lockDuration: 15_000,
  stalledInterval: 5_000,
  maxStalledCount: 3,
})
export class WebhookDeliveryProcessor extends JobHost<typeof QUEUE.webhooks> {
  protected readonly handlers = {
    [JOB.deliverWebhook]: (job: Job) =>
      this.retries.run((job.data as DeliverWebhookPayload).messageId),
  };

  constructor(private readonly retries: WebhookRetries) {
    super();
  }
}
