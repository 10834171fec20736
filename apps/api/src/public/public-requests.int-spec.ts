import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { linkToken, startTestStack, type TestStack } from '../testing/api-stack.js';

let stack: TestStack;
let db: pg.Client;
let clientAddress = 0;

/** Each call comes from its own client address unless one is given (the limit is per address). */
async function post(
  path: string,
  body: unknown,
  address = `10.1.0.${++clientAddress}`,
  raw = false,
) {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, any>,
  };
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const result = await db.query(sql, params);
  return Number(result.rows[0].count);
}

beforeAll(async () => {
  stack = await startTestStack({ env: { INTAKE_RATE_LIMIT: '3' } });
  db = new pg.Client({ connectionString: stack.database.url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

describe('public intake and verification', () => {
  it('submits, mails the link, verifies with the token from the mail, and shows the status', async () => {
    const submitted = await post('/api/requests', {
      type: 'access',
      email: '  Ada@Example.COM ',
      name: '<b>Ada</b>',
      jurisdiction: 'gdpr',
    });
    expect(submitted.status).toBe(202);
    expect(submitted.body).toEqual({
      reference: expect.stringMatching(/^DSR-\d{4}-\d{6}$/),
      status: 'pending_verification',
      jurisdiction: 'gdpr',
      dueAt: expect.any(String),
      policy: { code: 'gdpr', version: expect.stringMatching(/^\d{4}\.\d+$/) },
    });

    const mail = await stack.smtp.waitFor((m) => m.to.includes('ada@example.com'));
    expect(mail.subject).toContain(submitted.body.reference);
    expect(mail.html).toContain('&lt;b&gt;Ada&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Ada</b>');
    const token = linkToken(mail.text, '/verify');

    const verified = await post('/api/requests/verify', { token });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      reference: submitted.body.reference,
      status: 'awaiting_approval',
    });

    const status = await fetch(
      `${stack.baseUrl}/api/requests/status?token=${verified.body.statusToken}`,
    );
    expect(status.status).toBe(200);
    expect(await status.json()).toMatchObject({
      reference: submitted.body.reference,
      type: 'access',
      status: 'awaiting_approval',
    });

    // The status link from the acknowledgement works too.
    const mailStatus = await fetch(
      `${stack.baseUrl}/api/requests/status?token=${linkToken(mail.text, '/status')}`,
    );
    expect(((await mailStatus.json()) as { status: string }).status).toBe('awaiting_approval');

    // The link opened again says so, changes nothing and issues no new status link.
    const reused = await post('/api/requests/verify', { token });
    expect(reused.status).toBe(200);
    expect(reused.body).toEqual({
      reference: submitted.body.reference,
      status: 'awaiting_approval',
      alreadyConfirmed: true,
    });
    expect(await count(`SELECT count(*) FROM audit_events WHERE action = 'verify'`)).toBe(1);
  });

  it('answers 400 for a malformed token and 404 for an unknown one', async () => {
    expect((await post('/api/requests/verify', { token: 'nope' })).status).toBe(400);
    expect((await post('/api/requests/verify', { token: 'A'.repeat(43) })).status).toBe(404);
    expect(
      (await fetch(`${stack.baseUrl}/api/requests/status?token=${'B'.repeat(43)}`)).status,
    ).toBe(404);
  });

  it('links a duplicate to the open request, answers the same shape and mails a fresh link', async () => {
    const first = await post('/api/requests', {
      type: 'erasure',
      email: 'dup@example.com',
      jurisdiction: 'gdpr',
    });
    const firstMail = await stack.smtp.waitFor((m) => m.to.includes('dup@example.com'));
    const second = await post('/api/requests', {
      type: 'erasure',
      email: 'DUP@example.com',
      jurisdiction: 'gdpr',
    });
    expect(second.status).toBe(202);
    expect(second.body).toEqual(first.body);
    const notice = await stack.smtp.waitFor(
      (m) => m.to.includes('dup@example.com') && m.subject.includes('already open'),
    );
    const rows = await db.query(
      `SELECT id, status, duplicate_of_id FROM requests WHERE email = 'dup@example.com' ORDER BY received_at`,
    );
    expect(rows.rows).toHaveLength(2);
    expect(rows.rows[1].duplicate_of_id).toBe(rows.rows[0].id);
    expect(rows.rows[1].status).toBe('cancelled');
    // The fresh link works and the first one is superseded.
    expect(
      (await post('/api/requests/verify', { token: linkToken(firstMail.text, '/verify') })).status,
    ).toBe(410);
    expect(
      (await post('/api/requests/verify', { token: linkToken(notice.text, '/verify') })).status,
    ).toBe(200);
  });

  it('limits submissions per client address with 429 and Retry-After; other addresses go on', async () => {
    const address = '10.9.9.9';
    for (let index = 0; index < 3; index += 1) {
      const answer = await post(
        '/api/requests',
        { type: 'access', email: `rate${index}@example.com`, jurisdiction: 'ccpa' },
        address,
      );
      expect(answer.status).toBe(202);
    }
    const limited = await post(
      '/api/requests',
      { type: 'access', email: 'rate4@example.com', jurisdiction: 'ccpa' },
      address,
    );
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await post(
      '/api/requests',
      { type: 'access', email: 'rate5@example.com', jurisdiction: 'ccpa' },
      '10.9.9.10',
    );
    expect(other.status).toBe(202);
  });

  it('sends no more than a few mails to one address a day', async () => {
    const email = 'victim@example.com';
    const types = ['access', 'erasure', 'access', 'erasure', 'access', 'erasure'];
    const statuses: number[] = [];
    for (const [index, type] of types.entries()) {
      const jurisdiction = index < 2 ? 'gdpr' : 'ccpa';
      statuses.push((await post('/api/requests', { type, email, jurisdiction })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses[5]).toBe(429);
    expect(await count(`SELECT count(*) FROM requests WHERE email = $1`, [email])).toBe(5);
  });

  it('lets the subject cancel before work has started', async () => {
    await post('/api/requests', {
      type: 'access',
      email: 'cancel@example.com',
      jurisdiction: 'gdpr',
    });
    const mail = await stack.smtp.waitFor((m) => m.to.includes('cancel@example.com'));
    const cancelled = await post('/api/requests/cancel', {
      token: linkToken(mail.text, '/status'),
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    await stack.smtp.waitFor(
      (m) => m.to.includes('cancel@example.com') && m.subject.includes('cancelled'),
    );
    expect(
      (await post('/api/requests/cancel', { token: linkToken(mail.text, '/status') })).status,
    ).toBe(409);
  });

  it('ends the status link a set time after the request closed: 410 like any expired link', async () => {
    const email = 'closed-long-ago@example.com';
    await post('/api/requests', { type: 'access', email, jurisdiction: 'gdpr' });
    const mail = await stack.smtp.waitFor((m) => m.to.includes(email));
    const token = linkToken(mail.text, '/status');
    const status = async () =>
      (await fetch(`${stack.baseUrl}/api/requests/status?token=${token}`)).status;
    expect((await post('/api/requests/cancel', { token })).status).toBe(200);
    // Closed, but lately: the subject still sees how it ended.
    expect(await status()).toBe(200);
    const closedDaysAgo = (days: number) =>
      db.query(
        `UPDATE requests SET closed_at = now() - make_interval(days => $2) WHERE email = $1`,
        [email, days],
      );
    await closedDaysAgo(89);
    expect(await status()).toBe(200);
    await closedDaysAgo(91);
    expect(await status()).toBe(410);
    expect((await fetch(`${stack.baseUrl}/api/requests/recipients?token=${token}`)).status).toBe(
      410,
    );
    expect((await post('/api/requests/download-link', { token })).status).toBe(410);
  });

  it('resends fresh links and always answers 202', async () => {
    const submitted = await post('/api/requests', {
      type: 'access',
      email: 'resend@example.com',
      jurisdiction: 'gdpr',
    });
    await stack.smtp.waitFor((m) => m.to.includes('resend@example.com'));
    expect(
      (
        await post('/api/requests/resend', {
          email: 'resend@example.com',
          reference: submitted.body.reference,
        })
      ).status,
    ).toBe(202);
    expect(
      (
        await post('/api/requests/resend', {
          email: 'nobody@example.com',
          reference: 'DSR-2026-999999',
        })
      ).status,
    ).toBe(202);
    const fresh = await stack.smtp.waitFor(
      (m) => m.to.includes('resend@example.com') && m.subject.includes('Fresh links'),
    );
    expect(
      (await post('/api/requests/verify', { token: linkToken(fresh.text, '/verify') })).status,
    ).toBe(200);
  });
});

describe('bad input', () => {
  const cases: [string, unknown, string][] = [
    [
      'unknown type',
      { type: 'delete_everything', email: 'a@example.com', jurisdiction: 'gdpr' },
      'type',
    ],
    ['invalid e-mail', { type: 'access', email: 'not-an-email', jurisdiction: 'gdpr' }, 'email'],
    [
      'unknown jurisdiction',
      { type: 'access', email: 'a@example.com', jurisdiction: 'mars' },
      'jurisdiction',
    ],
    [
      'unknown field',
      { type: 'access', email: 'a@example.com', jurisdiction: 'gdpr', admin: true },
      'admin',
    ],
    [
      'wrong type',
      { type: 'access', email: 'a@example.com', jurisdiction: 'gdpr', name: 42 },
      'name',
    ],
    [
      'corrections on access',
      {
        type: 'access',
        email: 'a@example.com',
        jurisdiction: 'gdpr',
        corrections: [{ field: 'user.name', value: 'x' }],
      },
      'corrections',
    ],
    [
      'rectification without corrections',
      { type: 'rectification', email: 'a@example.com', jurisdiction: 'gdpr' },
      'corrections',
    ],
    [
      'empty correction value',
      {
        type: 'rectification',
        email: 'a@example.com',
        jurisdiction: 'gdpr',
        corrections: [{ field: 'user.contact.email', value: '' }],
      },
      'corrections.0.value',
    ],
  ];

  it.each(cases)(
    'refuses %s with a 400 naming the field, storing nothing',
    async (_name, body, field) => {
      const before = await count('SELECT count(*) FROM requests');
      const mailsBefore = await count('SELECT count(*) FROM outbound_mails');
      const answer = await post('/api/requests', body);
      expect(answer.status).toBe(400);
      expect(answer.body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(await count('SELECT count(*) FROM requests')).toBe(before);
      expect(await count('SELECT count(*) FROM outbound_mails')).toBe(mailsBefore);
    },
  );

  it('refuses malformed JSON with 400 and an oversize body with 413', async () => {
    expect((await post('/api/requests', '{"type": "access",', undefined, true)).status).toBe(400);
    const huge = JSON.stringify({
      type: 'access',
      email: 'a@example.com',
      jurisdiction: 'gdpr',
      details: 'x'.repeat(200_000),
    });
    expect((await post('/api/requests', huge, undefined, true)).status).toBe(413);
  });
});

describe('the audit trail', () => {
  it('refuses UPDATE and DELETE on audit events', async () => {
    await expect(db.query(`UPDATE audit_events SET reason = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });
});
