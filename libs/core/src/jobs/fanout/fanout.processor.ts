import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { FanoutSweep, RequestFinaliser, RestrictionLifting } from '@dsar/fanout';
import { JOB, QUEUE, type StageCompletePayload } from '@dsar/queue';
import { JobHost } from '../job-host.js';

/**
 * Stage-complete parents (the next stage is decided in Postgres), the stuck-work reconciler and
 * the lifting of restrictions (after the subject's mail).
 */
@Processor(QUEUE.fanout)
export class FanoutProcessor extends JobHost<typeof QUEUE.fanout> {
  protected readonly handlers = {
    [JOB.stageComplete]: (job: Job) =>
      this.finaliser.settleAfterStage((job.data as StageCompletePayload).requestId),
    [JOB.sweepFanout]: () => this.sweep.reconcile(),
    [JOB.liftRestriction]: (job: Job) =>
      this.restrictions.lift((job.data as { requestId: string }).requestId),
  };

  constructor(
    private readonly finaliser: RequestFinaliser,
    private readonly sweep: FanoutSweep,
    private readonly restrictions: RestrictionLifting,
  ) {
    super();
  }
}
