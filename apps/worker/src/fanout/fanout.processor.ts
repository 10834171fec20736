import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { FanoutSweep, RequestFinaliser } from '@dsar/fanout';
import { JOB, QUEUE, type StageCompletePayload } from '@dsar/queue';

/** Stage-complete parents (the next stage is decided in Postgres) and the stuck-work reconciler. */
@Processor(QUEUE.fanout)
export class FanoutProcessor extends WorkerHost {
  constructor(
    private readonly finaliser: RequestFinaliser,
    private readonly sweep: FanoutSweep,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOB.stageComplete:
        return this.finaliser.settleAfterStage((job.data as StageCompletePayload).requestId);
      case JOB.sweepFanout:
        return this.sweep.reconcile();
      default:
        throw new Error(`no handler for fanout job ${job.name}`);
    }
  }
}
