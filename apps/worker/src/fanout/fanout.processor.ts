import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { FanoutSweep, RequestFinaliser, RestrictionLifting } from '@dsar/fanout';
import { JOB, QUEUE, type StageCompletePayload } from '@dsar/queue';

/**
 * Stage-complete parents (the next stage is decided in Postgres), the stuck-work reconciler and
 * the lifting of restrictions (after the subject's mail).
 */
@Processor(QUEUE.fanout)
export class FanoutProcessor extends WorkerHost {
  constructor(
    private readonly finaliser: RequestFinaliser,
    private readonly sweep: FanoutSweep,
    private readonly restrictions: RestrictionLifting,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOB.stageComplete:
        return this.finaliser.settleAfterStage((job.data as StageCompletePayload).requestId);
      case JOB.sweepFanout:
        return this.sweep.reconcile();
      case JOB.liftRestriction:
        return this.restrictions.lift((job.data as { requestId: string }).requestId);
      default:
        throw new Error(`no handler for fanout job ${job.name}`);
    }
  }
}
