import { appendFileSync } from 'node:fs';

/** Set by the test run's global setup: the file every test stack logs into. */
export const RUN_LOG_VARIABLE = 'DSAR_TEST_RUN_LOG';

/**
 * Where a test stack's logs go during `npm test`: one file for the whole run, which the run's
 * teardown reads for secrets and personal data (e2e/support/run-log-teardown.mjs). Outside a
 * Jest run (a script using testConfig) the logs stay on stdout.
 */
export function runLogDestination(): { write(line: string): void } | undefined {
  const file = process.env[RUN_LOG_VARIABLE];
  if (!file) return undefined;
  return { write: (line: string) => appendFileSync(file, line) };
}
