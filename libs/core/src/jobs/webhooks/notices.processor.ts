import { Processor } from '@nestjs/bullmq';
import { JOB, QUEUE } from '@dsar/queue';
import { ProcessorCancellations, ProcessorReminders } from '@dsar/connectors';
import { FailedTaskAlerts, RecipientNotices, RegimeDutyAlerts, StaffDigest } from '@dsar/notices';
import { WebhookCancellations, WebhookSweep } from '@dsar/webhooks';
import { JobHost } from '../job-host.js';

/** Sweeps over Postgres: staff alerts (failed tasks, regime duties), Art. 19 notices, processor reminders, lost retries, digest. */
@Processor(QUEUE.notices)
export class NoticesProcessor extends JobHost<typeof QUEUE.notices> {
  protected readonly handlers = {
    [JOB.sweepNotices]: async () => ({
      failedTaskAlerts: await this.failedTasks.run(),
      regimeDutyAlerts: await this.regimeDuties.run(),
      recipientNotices: await this.recipients.run(),
      processorReminders: await this.reminders.run(),
      cancellations: await this.cancellations.run(),
      processorCancellations: await this.processorCancellations.run(),
    }),
    [JOB.sweepWebhooks]: () => this.webhookSweep.run(),
    [JOB.staffDigest]: async () => ({ sent: await this.digest.run() }),
  };

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
}
