import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ExpiryService } from '@dsar/requests';
import { startTestStack, type TestStack } from '../../../../e2e/support/test-stack.js';

let stack: TestStack;
let db: pg.Client;

async function submit(email: string): Promise<string> {
  const response = await fetch(`${stack.baseUrl}/api/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'erasure', email, jurisdiction: 'gdpr' }),
  });
  return ((await response.json()) as { reference: string }).reference;
}

beforeAll(async () => {
  stack = await startTestStack();
  db = new pg.Client({ connectionString: stack.database.url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

describe('expiry of unverified requests', () => {
  it('expires requests whose verification link has run out, and only those', async () => {
    const stale = await submit('stale@example.com');
    const fresh = await submit('fresh@example.com');
    await db.query(
      `UPDATE request_tokens SET expires_at = now() - interval '1 minute'
        WHERE purpose = 'verification' AND request_id = (SELECT id FROM requests WHERE reference = $1)`,
      [stale],
    );
    const expiry = stack.worker!.get(ExpiryService);
    expect(await expiry.expireUnverified()).toBe(1);
    expect(await expiry.expireUnverified()).toBe(0); // safe to run twice

    const rows = await db.query(`SELECT reference, status FROM requests ORDER BY reference`);
    expect(Object.fromEntries(rows.rows.map((row) => [row.reference, row.status]))).toEqual({
      [stale]: 'expired',
      [fresh]: 'pending_verification',
    });
    const audit = await db.query(
      `SELECT actor_type, from_status, to_status FROM audit_events WHERE action = 'expire'`,
    );
    expect(audit.rows).toEqual([
      { actor_type: 'system', from_status: 'pending_verification', to_status: 'expired' },
    ]);
  });
});
