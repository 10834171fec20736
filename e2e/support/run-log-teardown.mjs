// Jest global teardown: the logs of the whole run carry no secret and no personal data.
import { readFileSync } from 'node:fs';
import { findLeaks } from './log-leaks.mjs';

export default function checkRunLog() {
  const file = process.env.DSAR_TEST_RUN_LOG;
  if (!file) return;
  const text = readFileSync(file, 'utf8');
  const leaks = findLeaks(text);
  const lines = text ? text.split('\n').length - 1 : 0;
  if (leaks.length === 0) {
    process.stdout.write(
      `run log: ${lines} lines from every test stack, no secret found (${file})\n`,
    );
    return;
  }
  // Kinds and line numbers only: printing the values would leak them into CI's output.
  const listed = leaks.map((leak) => `  line ${leak.line}: ${leak.kind}`).join('\n');
  throw new Error(`The test run's logs (${file}) carry secrets or personal data:\n${listed}`);
}
