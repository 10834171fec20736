import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { MailSender } from '@dsar/mail';
import { QUEUE, type SendMailPayload } from '@dsar/queue';

@Processor(QUEUE.mail)
export class MailProcessor extends WorkerHost {
  constructor(private readonly sender: MailSender) {
    super();
  }

  async process(job: Job<SendMailPayload>): Promise<string> {
    return this.sender.send(job.data.mailId);
  }
}
