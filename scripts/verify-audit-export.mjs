// Checks a signed audit export (GET /api/admin/audit-chain/export) the way a regulator would:
//   node scripts/verify-audit-export.mjs audit-trail.json [expected-key-fingerprint]
// Needs a build (npm run build). Exits 0 when the file is intact and signed by the expected key.
import { readFileSync } from 'node:fs';
import { verifyAuditExport } from '../libs/persistence/dist/audit/audit-export.js';

const [file, expectedFingerprint] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/verify-audit-export.mjs <file.json> [key-fingerprint]');
  process.exit(2);
}
const document = JSON.parse(readFileSync(file, 'utf8'));
const problems = verifyAuditExport(document);
const events = document.chains.reduce((sum, chain) => sum + chain.events.length, 0);
if (expectedFingerprint && document.signature.keyFingerprint !== expectedFingerprint) {
  problems.push({ problem: 'unexpected_key', fingerprint: document.signature.keyFingerprint });
}
if (problems.length === 0) {
  console.log(
    `intact: ${events} events in ${document.chains.length} chains, signed by ${document.signature.keyFingerprint}`,
  );
} else {
  for (const problem of problems) console.error(JSON.stringify(problem));
  process.exit(1);
}
