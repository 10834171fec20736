import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { JOB, JobOutbox, QUEUE, jobId, type DeliverWebhookPayload } from '@dsar/queue';

/** The BullMQ side of webhook retries: one delayed job per (message, attempt). */
@Injectable()
export class WebhookRetryQueue {
  constructor(
    @InjectQueue(QUEUE.webhooks) private readonly queue: Queue<DeliverWebhookPayload>,
    private readonly outbox: JobOutbox,
  ) {}

  /** Now, or (Redis down: a redelivery from the admin UI) kept in the outbox for the relay. */
  async schedule(messageId: string, attemptsMade: number, at: Date): Promise<void> {
    await this.outbox.enqueueOrKeep({
      kind: 'job',
      queue: QUEUE.webhooks,
      name: JOB.deliverWebhook,
      data: { messageId } satisfies DeliverWebhookPayload,
      opts: {
        jobId: jobId('webhook', messageId, `a${attemptsMade}`),
        // Relayed late, it runs late, never early: the handler checks the message's due time.
        delay: Math.max(0, at.getTime() - Date.now()),
        // The schedule of delays is ours (settings); a job attempt only covers a crash.
        attempts: 3,
        backoff: { type: 'exponential', delay: 5000 },
        removeOnComplete: true,
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    });
  }

  /**
   * Schedules the attempt again when its job is gone from Redis (flushed, restarted) or failed
   * for good there (its workers were killed too often) while the message is still due; true
   * when it did. A failed job keeps its id, so it is removed first.
   */
  async rescheduleIfLost(messageId: string, attemptsMade: number, at: Date): Promise<boolean> {
    const id = jobId('webhook', messageId, `a${attemptsMade}`);
    const state = await this.queue.getJobState(id);
    if (state === 'failed') await this.queue.remove(id);
    else if (state !== 'unknown') return false;
    await this.schedule(messageId, attemptsMade, at);
    return true;
  }
}
