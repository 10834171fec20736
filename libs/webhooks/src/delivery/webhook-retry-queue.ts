import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JOB, QUEUE, jobId, type DeliverWebhookPayload } from '@dsar/queue';

/** The BullMQ side of webhook retries: one delayed job per (message, attempt). */
@Injectable()
export class WebhookRetryQueue {
  constructor(@InjectQueue(QUEUE.webhooks) private readonly queue: Queue<DeliverWebhookPayload>) {}

  async schedule(messageId: string, attemptsMade: number, at: Date): Promise<void> {
    await this.queue.add(
      JOB.deliverWebhook,
      { messageId },
      {
        jobId: jobId('webhook', messageId, `a${attemptsMade}`),
        delay: Math.max(0, at.getTime() - Date.now()),
        // The schedule of delays is ours (settings); a job attempt only covers a crash.
        attempts: 3,
        backoff: { type: 'exponential', delay: 5000 },
        removeOnComplete: true,
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    );
  }

  /** Whether the job of this attempt is gone from Redis (the sweep re-adds it). */
  async isLost(messageId: string, attemptsMade: number): Promise<boolean> {
    return (
      (await this.queue.getJobState(jobId('webhook', messageId, `a${attemptsMade}`))) === 'unknown'
    );
  }
}
