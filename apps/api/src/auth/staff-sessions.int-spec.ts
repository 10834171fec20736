import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import { startTestStack, type TestStack } from '../testing/api-stack.js';
import { ADDRESS_FAILURE_LIMIT, PASSWORD_CHECK_LIMITS, PasswordCheckGate } from '@dsar/staff';
import { call, signIn, TEST_PASSWORD } from '../admin/testing/staff-test-kit.js';

// argon2 is slow on purpose: a few dozen logins take a while on a shared machine.
jest.setTimeout(90_000);

let stack: TestStack;
let db: pg.Client;

const login = (email: string, password: string, address: string) =>
  call(
    stack,
    'POST',
    '/api/auth/login',
    undefined,
    { email, password },
    { 'x-forwarded-for': address },
  );

beforeAll(async () => {
  stack = await startTestStack({
    worker: false,
    env: { ADMIN_EMAIL: 'Boss@Staff.Example', ADMIN_PASSWORD: 'the first admin password' },
  });
  db = new pg.Client({ connectionString: stack.database.url });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

describe('staff sign-in', () => {
  it('creates the admin named by ADMIN_EMAIL at boot, once', async () => {
    const rows = await db.query(
      `SELECT email, role, password_hash FROM staff_users WHERE email = 'boss@staff.example'`,
    );
    expect(rows.rows).toEqual([
      {
        email: 'boss@staff.example',
        role: 'admin',
        password_hash: expect.stringMatching(/^\$argon2id\$/),
      },
    ]);
    const signedIn = await login('boss@staff.example', 'the first admin password', '10.2.0.1');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ token: expect.any(String), user: { role: 'admin' } });
    const me = await call(stack, 'GET', '/api/auth/me', signedIn.body.token);
    expect(me.body).toMatchObject({ email: 'boss@staff.example', role: 'admin' });
  });

  it('stores only the hash of a session token, and logout ends it', async () => {
    const officer = await signIn(stack, 'officer');
    const stored = await db.query(`SELECT token_hash FROM staff_sessions`);
    expect(stored.rows.map((row) => row.token_hash)).not.toContain(officer.token);
    expect((await call(stack, 'GET', '/api/admin/requests', officer.token)).status).toBe(200);
    expect((await call(stack, 'POST', '/api/auth/logout', officer.token)).status).toBe(204);
    expect((await call(stack, 'GET', '/api/admin/requests', officer.token)).status).toBe(401);
  });

  it('ends sessions at once when the password changes or the session expires', async () => {
    const admin = await signIn(stack, 'admin');
    const officer = await signIn(stack, 'officer');
    const changed = await call(stack, 'PUT', `/api/admin/users/${officer.id}`, admin.token, {
      password: 'a brand new long password',
    });
    expect(changed.status).toBe(200);
    expect((await call(stack, 'GET', '/api/admin/requests', officer.token)).status).toBe(401);
    expect((await login(officer.email, TEST_PASSWORD, '10.2.0.2')).status).toBe(401);
    const fresh = await login(officer.email, 'a brand new long password', '10.2.0.2');
    expect(fresh.status).toBe(200);
    await db.query(
      `UPDATE staff_sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [officer.id],
    );
    expect((await call(stack, 'GET', '/api/admin/requests', fresh.body.token)).status).toBe(401);
  });

  it('makes the sixth failure for one account from one address wait; another address is not affected', async () => {
    const officer = await signIn(stack, 'officer');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await login(officer.email, 'wrong password!!', '10.3.0.1')).status).toBe(401);
    }
    const sixth = await login(officer.email, 'wrong password!!', '10.3.0.1');
    expect(sixth.status).toBe(429);
    const retryAfter = Number(sixth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Even the right password waits from that address: the pair is throttled, not the guess.
    expect((await login(officer.email, TEST_PASSWORD, '10.3.0.1')).status).toBe(429);
    // The officer, from their own address, is not locked out by whoever failed elsewhere.
    expect((await login(officer.email, TEST_PASSWORD, '10.3.0.2')).status).toBe(200);
    // The same address may still sign in to another account.
    const colleague = await signIn(stack, 'viewer');
    expect((await login(colleague.email, TEST_PASSWORD, '10.3.0.1')).status).toBe(200);
  });

  it('limits failures per address over all accounts', async () => {
    let status = 0;
    let attempts = 0;
    while (status !== 429 && attempts < ADDRESS_FAILURE_LIMIT + 5) {
      attempts += 1;
      status = (await login(`nobody${attempts}@staff.example`, 'wrong password!!', '10.4.0.1'))
        .status;
    }
    expect(status).toBe(429);
    expect(attempts).toBe(ADDRESS_FAILURE_LIMIT + 1);
    expect((await login('boss@staff.example', 'the first admin password', '10.4.0.2')).status).toBe(
      200,
    );
  });

  it('refuses a flood of parallel logins from one address before hashing; the right password still works', async () => {
    const officer = await signIn(stack, 'officer');
    const gate = stack.api.get(PasswordCheckGate);
    const before = gate.verifications;
    const answers = await Promise.all(
      Array.from({ length: 16 }, () => login(officer.email, 'wrong password!!', '10.5.0.1')),
    );
    const refused = answers.filter((answer) => answer.status === 429);
    const hashed = answers.filter((answer) => answer.status !== 429);
    // The address's share got in (and was told the password is wrong); the rest were refused
    // at the door, with Retry-After, and cost no password check at all.
    expect(hashed.map((answer) => answer.status)).toEqual(hashed.map(() => 401));
    expect(hashed.length).toBeLessThanOrEqual(PASSWORD_CHECK_LIMITS.perAddress);
    expect(refused.length).toBeGreaterThanOrEqual(16 - PASSWORD_CHECK_LIMITS.perAddress);
    for (const answer of refused)
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(gate.verifications - before).toBe(hashed.length);
    expect((await login(officer.email, TEST_PASSWORD, '10.5.0.1')).status).toBe(200);
  });
});
