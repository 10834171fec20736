import { describe, expect, it } from '@jest/globals';
import { JOB_QUEUE } from '@dsar/queue';
import { assertComplete, missingNeeds, unhandledJobs } from './boot-checks.js';

const PORT = Symbol('PORT');
const needs = [{ token: PORT, providedBy: 'PortModule' }];

const composition = (providers: number, queues: string[]) => ({
  providersOf: () => providers,
  processedQueues: () => new Set(queues),
});

describe('boot checks', () => {
  it('names a port without a provider, and one with two', () => {
    expect(missingNeeds(composition(0, []), needs)).toEqual([
      'PORT has no provider (expected from PortModule)',
    ]);
    expect(missingNeeds(composition(2, []), needs)).toEqual([
      'PORT has 2 providers (expected from PortModule)',
    ]);
    expect(missingNeeds(composition(1, []), needs)).toEqual([]);
  });

  it('names every job whose queue no processor runs', () => {
    const allButMail = [...new Set(Object.values(JOB_QUEUE))].filter((queue) => queue !== 'mail');
    expect(unhandledJobs(composition(1, allButMail))).toEqual(['send-mail']);
    expect(() => assertComplete(composition(1, allButMail), needs, true)).toThrow(
      /send-mail \(queue mail\)/,
    );
    // The api runs no jobs: its processors are not looked for.
    expect(() => assertComplete(composition(1, []), needs, false)).not.toThrow();
  });
});
