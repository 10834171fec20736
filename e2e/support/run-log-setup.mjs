// Jest global setup: one file for the logs of every test stack in this run (see run-log.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setupRunLog() {
  const file = join(mkdtempSync(join(tmpdir(), 'dsar-test-run-')), 'logs.ndjson');
  writeFileSync(file, '');
  process.env.DSAR_TEST_RUN_LOG = file;
}
