import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import { ExpiryService } from '@dsar/requests';
import { startTestStack, type TestStack } from '../testing/api-stack.js';

// A whole stack with a worker: slow on a shared two-core machine.
jest.setTimeout(60_000);

let stack: TestStack;
let db: pg.Client;

async function submit(email: string, language = 'en'): Promise<string> {
  const response = await fetch(`${stack.baseUrl}/api/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'erasure', email, jurisdiction: 'gdpr', language }),
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
    // Told, in the regime's words, that nothing was done; the fresh one is not told anything.
    const told = await stack.smtp.waitFor(
      (mail) => mail.to.includes('stale@example.com') && mail.subject.includes('not confirmed'),
    );
    expect(told.text).toContain('we closed it without acting on it');
    expect(told.text).toContain('Under GDPR we may act only on a request we can confirm');
    expect(told.text).toContain('GDPR Art. 12(6), 11(2)');
    expect(stack.smtp.mailsTo('fresh@example.com').map((mail) => mail.subject)).not.toContainEqual(
      expect.stringContaining('not confirmed'),
    );
  });

  it('tells a German subject the rule under the GDPR’s German name, the citation as it is', async () => {
    const reference = await submit('grete@example.com', 'de');
    await db.query(
      `UPDATE request_tokens SET expires_at = now() - interval '1 minute'
        WHERE purpose = 'verification' AND request_id = (SELECT id FROM requests WHERE reference = $1)`,
      [reference],
    );
    expect(await stack.worker!.get(ExpiryService).expireUnverified()).toBe(1);
    const told = await stack.smtp.waitFor(
      (mail) => mail.to.includes('grete@example.com') && mail.subject.includes('nicht bestätigt'),
    );
    expect(told.text).toContain('Nach DSGVO dürfen wir');
    expect(told.text).toContain('GDPR Art. 12(6), 11(2)');
  });
});
