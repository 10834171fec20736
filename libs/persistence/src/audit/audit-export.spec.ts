import { describe, expect, it } from '@jest/globals';
import {
  AUDIT_EXPORT_FORMAT,
  auditSigningKey,
  exportedEvent,
  signAuditExport,
  verifyAuditExport,
} from './audit-export.js';
import { auditEventHash, type AuditHashInput } from './audit-hash.js';

const SECRET = 'a test secret that is long enough to be real!';

/** A chain of `length` events, each hashed over the one before, as the trail writes them. */
function chain(name: string, length: number) {
  const events: ReturnType<typeof exportedEvent>[] = [];
  let prevHash: string | null = null;
  for (let seq = 1; seq <= length; seq += 1) {
    const input: AuditHashInput = {
      chain: name,
      seq,
      requestId: name,
      actorType: 'staff',
      actorId: null,
      action: seq === 1 ? 'request_received' : 'request_approved',
      fromStatus: null,
      toStatus: null,
      reason: seq === 2 ? 'checked the passport' : null,
      data: { step: seq },
      createdAt: new Date(Date.UTC(2026, 11, 1, 9, seq)),
      prevHash,
    };
    const hash = auditEventHash(input);
    events.push(exportedEvent({ ...input, id: `${name}-${seq}`, hash }));
    prevHash = hash;
  }
  return { chain: name, events };
}

function signedExport() {
  return signAuditExport(
    {
      format: AUDIT_EXPORT_FORMAT,
      exportedAt: '2026-12-02T10:00:00.000Z',
      controller: 'Flatris',
      chains: [chain('c1', 3), chain('c2', 2)],
    },
    auditSigningKey(SECRET),
  );
}

describe('signed audit export', () => {
  it('verifies as written, and survives a JSON round trip (the file a regulator receives)', () => {
    const document = JSON.parse(JSON.stringify(signedExport()));
    expect(verifyAuditExport(document)).toEqual([]);
    expect(document.signature.keyFingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('derives the same key from the same secret and another from another', () => {
    expect(auditSigningKey(SECRET).fingerprint).toBe(auditSigningKey(SECRET).fingerprint);
    expect(auditSigningKey(`${SECRET}x`).fingerprint).not.toBe(auditSigningKey(SECRET).fingerprint);
  });

  it('names the first broken link of an edited chain, and the signature no longer holds', () => {
    const document = signedExport();
    document.chains[0]!.events[1]!.reason = 'nothing to see';
    expect(verifyAuditExport(document)).toEqual([
      { problem: 'bad_signature' },
      { problem: 'hash_mismatch', chain: 'c1', seq: 2 },
    ]);
  });

  it('finds a removed event even when the remover re-signs with a key of their own', () => {
    const document = signedExport();
    const { signature: _dropped, ...unsigned } = document;
    unsigned.chains[1]!.events.shift();
    const resigned = signAuditExport(
      unsigned,
      auditSigningKey('an attacker with another secret!!'),
    );
    expect(verifyAuditExport(resigned)).toEqual([{ problem: 'sequence_gap', chain: 'c2', seq: 2 }]);
    expect(resigned.signature.keyFingerprint).not.toBe(document.signature.keyFingerprint);
  });

  it('refuses a document whose controller name was changed after signing', () => {
    const document = signedExport();
    document.controller = 'Someone else';
    expect(verifyAuditExport(document)).toEqual([{ problem: 'bad_signature' }]);
  });
});
