import {
  createHash,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import {
  type AuditHashInput,
  type BrokenLinkProblem,
  canonical,
  linkProblem,
} from './audit-hash.js';

export const AUDIT_EXPORT_FORMAT = 'dsar-audit-export/1';

/** One event as exported: exactly the fields its hash covers, plus its id and hash. */
export interface ExportedAuditEvent extends Omit<AuditHashInput, 'createdAt'> {
  id: string;
  createdAt: string;
  hash: string;
}

export interface AuditExportSignature {
  algorithm: 'Ed25519';
  /** SPKI, PEM: the key a regulator checks the file with. */
  publicKey: string;
  /** SHA-256 of the public key's DER, hex: short enough to read over the phone. */
  keyFingerprint: string;
  /** Base64 signature over the canonical JSON of the document without `signature`. */
  value: string;
}

export interface AuditExport {
  format: typeof AUDIT_EXPORT_FORMAT;
  exportedAt: string;
  controller: string;
  /** Whole chains from their first event, so each can be re-hashed from the start. */
  chains: { chain: string; events: ExportedAuditEvent[] }[];
  signature: AuditExportSignature;
}

export interface AuditSigningKey {
  privateKey: KeyObject;
  publicKeyPem: string;
  fingerprint: string;
}

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410 §7).
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The export signing key, derived from APP_SECRET (required in production): the same key after
 * every restart and on every instance, with nothing more to store or rotate separately.
 */
export function auditSigningKey(appSecret: string): AuditSigningKey {
  const seed = Buffer.from(hkdfSync('sha256', appSecret, 'dsar-audit-export', 'ed25519-v1', 32));
  const privateKey = createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    fingerprint: fingerprintOf(publicKey),
  };
}

function fingerprintOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('hex');
}

export function exportedEvent(event: AuditHashInput & { id: string; hash: string }) {
  return { ...event, createdAt: event.createdAt.toISOString() } satisfies ExportedAuditEvent;
}

export function signAuditExport(
  unsigned: Omit<AuditExport, 'signature'>,
  key: AuditSigningKey,
): AuditExport {
  const value = sign(null, Buffer.from(canonical(unsigned)), key.privateKey).toString('base64');
  return {
    ...unsigned,
    signature: {
      algorithm: 'Ed25519',
      publicKey: key.publicKeyPem,
      keyFingerprint: key.fingerprint,
      value,
    },
  };
}

export type AuditExportProblem =
  { problem: 'bad_signature' } | { problem: BrokenLinkProblem; chain: string; seq: number };

/**
 * What a regulator runs on the file: the signature over the whole document, then every chain
 * re-hashed from its first event. Empty means intact and signed by the key in the file; whether
 * that key is the controller's is checked against the fingerprint the controller published.
 */
export function verifyAuditExport(document: AuditExport): AuditExportProblem[] {
  const { signature, ...unsigned } = document;
  const problems: AuditExportProblem[] = [];
  const signed = verify(
    null,
    Buffer.from(canonical(unsigned)),
    createPublicKey(signature.publicKey),
    Buffer.from(signature.value, 'base64'),
  );
  if (!signed) problems.push({ problem: 'bad_signature' });
  for (const { chain, events } of document.chains) {
    let previous: ExportedAuditEvent | null = null;
    for (const event of events) {
      const problem = linkProblem({ ...event, createdAt: new Date(event.createdAt) }, previous);
      if (problem) {
        problems.push({ problem, chain, seq: event.seq });
        break;
      }
      previous = event;
    }
  }
  return problems;
}
