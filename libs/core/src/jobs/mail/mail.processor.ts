import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { MailSender } from '@dsar/mail';
import { JOB, QUEUE, type SendMailPayload } from '@dsar/queue';
import { JobHost } from '../job-host.js';

@Processor(QUEUE.mail)
export class MailProcessor extends JobHost<typeof QUEUE.mail> {
  protected readonly handlers = {
    [JOB.sendMail]: (job: Job) => this.sender.send((job.data as SendMailPayload).mailId),
  };

  constructor(private readonly sender: MailSender) {
    super();
  }
}
