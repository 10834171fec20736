import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { AccessPackages } from '@dsar/packages';
import { AccessCompletion } from '@dsar/requests';
import { JOB, QUEUE, type BuildPackagePayload } from '@dsar/queue';

/** Builds access packages (then completes the request) and deletes packages past retention. */
@Processor(QUEUE.packages, { concurrency: 2, lockDuration: 60_000 })
export class PackageProcessor extends WorkerHost {
  constructor(
    private readonly completion: AccessCompletion,
    private readonly packages: AccessPackages,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOB.buildPackage:
        return this.completion.completeAccess((job.data as BuildPackagePayload).requestId);
      case JOB.sweepPackages:
        return this.packages.sweep();
      default:
        throw new Error(`no handler for packages job ${job.name}`);
    }
  }
}
