import { startStack, type StackOptions, type TestStack } from '@dsar/testing';
import { createApiApp } from '../create-app.js';

export { linkToken, type TestStack } from '@dsar/testing';

/**
 * The one harness of @dsar/testing with this api on it: the api on a random port over the
 * composition root and, unless `worker: false`, a worker; `fakes` override providers in both.
 */
export function startTestStack(options: StackOptions = {}): Promise<TestStack> {
  return startStack({ ...options, api: createApiApp });
}
