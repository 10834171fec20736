import type { ModulesContainer } from '@nestjs/core';
import { JOB_QUEUE, type JobName, type QueueName } from '@dsar/queue';
import { needName, type ProductNeed } from './product-needs.js';

/** @nestjs/bullmq keeps a processor's queue under this key (`@Processor(queue)`). */
const PROCESSOR_METADATA = 'bullmq:processor_metadata';

/** What the boot checks read of the composed application: the providers, before any start. */
interface Composition {
  /** How many modules provide `token` (an override counts as the provider; a null value does not). */
  providersOf(token: unknown): number;
  /** The queues a processor class among the providers runs. */
  processedQueues(): Set<string>;
}

export function compositionOf(modules: ModulesContainer): Composition {
  const wrappers = () => [...modules.values()].flatMap((module) => [...module.providers.values()]);
  return {
    providersOf: (token) =>
      [...modules.values()].filter((module) => {
        const wrapper = module.providers.get(token as never);
        // A value of nothing (`useValue(null)`) provides nothing.
        return wrapper !== undefined && !(wrapper.metatype == null && wrapper.instance == null);
      }).length,
    processedQueues: () =>
      new Set(
        wrappers()
          .map(
            (wrapper) =>
              wrapper.metatype && Reflect.getMetadata(PROCESSOR_METADATA, wrapper.metatype),
          )
          .filter((meta): meta is { name: string } => Boolean(meta?.name))
          .map((meta) => meta.name),
      ),
  };
}

/** The needs without exactly one provider, each with what should provide it. */
export function missingNeeds(composition: Composition, needs: ProductNeed[]): string[] {
  return needs.flatMap((need) => {
    const count = composition.providersOf(need.token);
    if (count === 1) return [];
    const problem = count === 0 ? 'has no provider' : `has ${count} providers`;
    return [`${needName(need)} ${problem} (expected from ${need.providedBy})`];
  });
}

/** The jobs whose queue no processor in this process runs. */
export function unhandledJobs(
  composition: Composition,
  jobs: Record<string, QueueName> = JOB_QUEUE,
): JobName[] {
  const queues = composition.processedQueues();
  return Object.entries(jobs)
    .filter(([, queue]) => !queues.has(queue))
    .map(([job]) => job as JobName);
}

/** Stops the boot with every missing piece named; `runsJobs` for the process that runs jobs. */
export function assertComplete(
  composition: Composition,
  needs: ProductNeed[],
  runsJobs: boolean,
): void {
  const problems = missingNeeds(composition, needs);
  const jobs = runsJobs ? unhandledJobs(composition) : [];
  if (jobs.length)
    problems.push(
      `jobs without a handler in this process: ${jobs
        .map((job) => `${job} (queue ${JOB_QUEUE[job]})`)
        .join(', ')}; JobsModule (@dsar/core) holds a processor for each queue`,
    );
  if (problems.length) throw new Error(`The product cannot start: ${problems.join('; ')}`);
}
