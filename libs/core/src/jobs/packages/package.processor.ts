import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { AccessPackages } from '@dsar/packages';
import { AccessCompletion } from '@dsar/requests';
import { JOB, QUEUE, type BuildPackagePayload } from '@dsar/queue';
import { JobHost } from '../job-host.js';

/** Builds access packages (then completes the request) and deletes packages past retention. */
@Processor(QUEUE.packages, { concurrency: 2, lockDuration: 60_000 })
export class PackageProcessor extends JobHost<typeof QUEUE.packages> {
  protected readonly handlers = {
    [JOB.buildPackage]: (job: Job) =>
      this.completion.completeAccess((job.data as BuildPackagePayload).requestId),
    [JOB.sweepPackages]: () => this.packages.sweep(),
  };

  constructor(
    private readonly completion: AccessCompletion,
    private readonly packages: AccessPackages,
  ) {
    super();
  }
}
