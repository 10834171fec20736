import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JOB, QUEUE } from '@dsar/queue';
import { ProcessorCancellations, ProcessorReminders } from '@dsar/connectors';
import { FailedTaskAlerts, RecipientNotices, RegimeDutyAlerts, StaffDigest } from '@dsar/notices';
import { WebhookCancellations, WebhookSweep } from '@dsar/webhooks';

/** Sweeps over Postgres: staff alerts (failed tasks, regime duties), Art. 19 notices, processor reminders, lost retries, digest. */
@Processor(QUEUE.notices)
export class NoticesProcessor extends WorkerHost {
  constructor(
    private readonly failedTasks: FailedTaskAlerts,
    private readonly regimeDuties: RegimeDutyAlerts,
    private readonly recipients: RecipientNotices,
    private readonly reminders: ProcessorReminders,
    private readonly webhookSweep: WebhookSweep,
    private readonly digest: StaffDigest,
    private readonly cancellations: WebhookCancellations,
    private readonly processorCancellations: ProcessorCancellations,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOB.sweepNotices:
        return {
          failedTaskAlerts: await this.failedTasks.run(),
          regimeDutyAlerts: await this.regimeDuties.run(),
          recipientNotices: await this.recipients.run(),
          processorReminders: await this.reminders.run(),
          cancellations: await this.cancellations.run(),
          processorCancellations: await this.processorCancellations.run(),
        };
      case JOB.sweepWebhooks:
        return this.webhookSweep.run();
      case JOB.staffDigest:
        return { sent: await this.digest.run() };
      default:
        throw new Error(`no handler for notices job ${job.name}`);
    }
  }
}
