import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JOB, QUEUE, type DeliverWebhookPayload } from '@dsar/queue';
import { WebhookRetries } from '@dsar/webhooks';

/** Scheduled webhook attempts; the handler re-reads the message and claims its attempt. */
@Processor(QUEUE.webhooks, { concurrency: 8 })
export class WebhookDeliveryProcessor extends WorkerHost {
  constructor(private readonly retries: WebhookRetries) {
    super();
  }

  async process(job: Job<DeliverWebhookPayload>): Promise<string> {
    if (job.name !== JOB.deliverWebhook) throw new Error(`no handler for webhooks job ${job.name}`);
    return this.retries.run(job.data.messageId);
  }
}
