import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import { type AuditExport, verifyAuditExport } from '@dsar/persistence';
import { startTestStack, type TestStack } from '../../../../../e2e/support/test-stack.js';
import { awaitingApproval, call, signIn, type SignedIn } from '../testing/staff-test-kit.js';

// A whole stack per file and argon2 logins: slow on a shared two-core machine.
jest.setTimeout(60_000);

let stack: TestStack;
let db: pg.Client;
let viewer: SignedIn;

/** Tampering as an attacker with database access would: around the append-only trigger. */
async function tamper(sql: string, params: unknown[]): Promise<void> {
  await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete');
  try {
    await db.query(sql, params);
  } finally {
    await db.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete');
  }
}

beforeAll(async () => {
  stack = await startTestStack({ worker: false });
  db = new pg.Client({ connectionString: stack.database.url });
  await db.connect();
  viewer = await signIn(stack, 'viewer');
});

afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

describe('GET /api/admin/audit-chain/verify', () => {
  it('finds every chain intact, then names the first broken link of each tampered chain', async () => {
    const first = await awaitingApproval(stack, 'chain1@example.com');
    const second = await awaitingApproval(stack, 'chain2@example.com');
    const third = await awaitingApproval(stack, 'chain3@example.com');

    const intact = await call(stack, 'GET', '/api/admin/audit-chain/verify', viewer.token);
    expect(intact.status).toBe(200);
    expect(intact.body).toMatchObject({ ok: true, broken: [] });
    expect(intact.body.chains).toBeGreaterThanOrEqual(4); // three requests and the system chain
    expect(intact.body.events).toBeGreaterThanOrEqual(6);

    // A reason rewritten in place: the hash no longer matches.
    await tamper(`UPDATE audit_events SET reason = 'nothing to see' WHERE chain = $1 AND seq = 2`, [
      first.id,
    ]);
    // An event removed: the sequence has a gap.
    await tamper(`DELETE FROM audit_events WHERE chain = $1 AND seq = 1`, [second.id]);

    const broken = await call(stack, 'GET', '/api/admin/audit-chain/verify', viewer.token);
    expect(broken.body.ok).toBe(false);
    const eventId = (
      await db.query(`SELECT id FROM audit_events WHERE chain = $1 AND seq = 2`, [first.id])
    ).rows[0].id;
    expect(broken.body.broken).toEqual(
      expect.arrayContaining([
        { chain: first.id, requestId: first.id, seq: 2, eventId, problem: 'hash_mismatch' },
        expect.objectContaining({ chain: second.id, seq: 2, problem: 'sequence_gap' }),
      ]),
    );
    expect(broken.body.broken).toHaveLength(2);
    expect(broken.body.broken.map((link: { chain: string }) => link.chain)).not.toContain(third.id);
  });

  it('is append-only without tampering: the trigger refuses an update', async () => {
    await expect(db.query(`UPDATE audit_events SET reason = 'x'`)).rejects.toThrow(/append-only/);
  });
});

describe('GET /api/admin/audit-chain/export', () => {
  it("exports a request's whole chain signed, and the file shows tampering done afterwards", async () => {
    const request = await awaitingApproval(stack, 'export1@example.com');
    const key = await call(stack, 'GET', '/api/admin/audit-chain/signing-key', viewer.token);
    expect(key.status).toBe(200);

    const path = `/api/admin/audit-chain/export?requestId=${request.id}`;
    const exported = await call(stack, 'GET', path, viewer.token);
    expect(exported.status).toBe(200);
    const document = exported.body as AuditExport;
    expect(document.chains).toHaveLength(1);
    expect(document.chains[0]!.events[0]!.seq).toBe(1);
    expect(document.signature.keyFingerprint).toBe(key.body.keyFingerprint);
    expect(verifyAuditExport(document)).toEqual([]);

    await tamper(`UPDATE audit_events SET reason = 'rewritten' WHERE chain = $1 AND seq = 1`, [
      request.id,
    ]);
    const after = (await call(stack, 'GET', path, viewer.token)).body as AuditExport;
    // Signed by the server over what it read, but the chain itself no longer hashes.
    expect(verifyAuditExport(after)).toEqual([
      { problem: 'hash_mismatch', chain: request.id, seq: 1 },
    ]);
  });

  it('answers 400 naming requestId when it is not an id, and 404 for a request with no trail', async () => {
    const bad = await call(stack, 'GET', '/api/admin/audit-chain/export?requestId=x', viewer.token);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('requestId');
    const unknown = await call(
      stack,
      'GET',
      '/api/admin/audit-chain/export?requestId=00000000-0000-4000-8000-000000000000',
      viewer.token,
    );
    expect(unknown.status).toBe(404);
    const unsigned = await call(stack, 'GET', '/api/admin/audit-chain/export');
    expect(unsigned.status).toBe(401);
  });
});
