import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { call, signIn, type SignedIn } from '../../apps/api/src/admin/testing/staff-test-kit.js';
import { linkToken, startTestStack, type TestStack } from '../support/test-stack.js';

// A whole stack with its worker, argon2 logins and mails: slow on a shared two-core machine.
jest.setTimeout(120_000);

/**
 * The api and the worker log at trace level into a captured stream while a representative flow
 * runs (intake, verification, status page, staff sign-in and creation, connected systems with
 * secrets, failed database writes carrying personal data, refused input); afterwards not one of
 * the secrets, tokens, passwords, hashes or subjects' details the flow used is in the log text.
 */
const unique = randomBytes(4).toString('hex');
const SUBJECT_EMAIL = `zebedee.${unique}@subject.example`;
const SUBJECT_NAME = `Zebedee Quux${unique}`;
const FAILED_SUBJECT_EMAIL = `failing.${unique}@subject.example`;
const FAILED_SUBJECT_NAME = `Failing Subject${unique}`;
const STAFF_EMAIL = `new.staff.${unique}@staff.example`;
const STAFF_PASSWORD = `staff-password-${unique}-long enough`;
const FAILED_STAFF_EMAIL = `failed.staff.${unique}@staff.example`;
const FAILED_STAFF_PASSWORD = `failed-password-${unique}-long enough`;
const WRONG_LOGIN_EMAIL = `nobody.${unique}@staff.example`;
const WRONG_PASSWORD = `wrong-password-${unique}`;
const WEBHOOK_SECRET = `whsec_${Buffer.from(`webhook-secret-${unique}-0123456789`).toString('base64')}`;
const DB_PASSWORD = `dbpass${unique}`;
const BAD_JSON_SECRET = `json-secret-${unique}`;

let logText = '';
const captured = { write: (line: string) => (logText += line) };
let stack: TestStack;
let db: pg.Client;
let admin: SignedIn;
const seen: string[] = [];
const errorIds: string[] = [];

const systemBody = (name: string, kind: string, settings: Record<string, unknown>) => ({
  name,
  kind,
  owner: { name: 'Data team', email: 'data@example.com' },
  enabled: true,
  categories: ['user.contact.email'],
  purposes: ['newsletter'],
  legalBases: ['consent'],
  recipients: [],
  retention: 'until unsubscribed',
  identityTypes: ['email'],
  actions: ['access', 'erasure', 'rectification'],
  settings,
});

beforeAll(async () => {
  stack = await startTestStack({
    env: { LOG_LEVEL: 'trace', OUTBOUND_ALLOWLIST: '127.0.0.1' },
    logDestination: captured,
  });
  db = new pg.Client({ connectionString: stack.database.url });
  await db.connect();
  admin = await signIn(stack, 'admin');
  seen.push(admin.token);
});

afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

/** Writes to `table` fail inside PostgreSQL, as a full disk or a broken constraint would. */
async function failInserts(table: string): Promise<void> {
  await db.query(`CREATE OR REPLACE FUNCTION refuse_insert() RETURNS trigger LANGUAGE plpgsql AS
    $$ BEGIN RAISE EXCEPTION 'insert refused for the test'; END $$`);
  await db.query(
    `CREATE TRIGGER refuse_insert BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_insert()`,
  );
}

async function allowInserts(table: string): Promise<void> {
  await db.query(`DROP TRIGGER refuse_insert ON ${table}`);
}

describe('the logs of a representative run', () => {
  it('runs intake, verification and the status page of a subject', async () => {
    const submitted = await call(stack, 'POST', '/api/requests', undefined, {
      type: 'access',
      email: SUBJECT_EMAIL,
      name: SUBJECT_NAME,
      jurisdiction: 'gdpr',
      details: `please, ${SUBJECT_NAME}`,
    });
    expect(submitted.status).toBe(202);
    const verifyMail = await stack.smtp.waitFor((mail) => mail.to.includes(SUBJECT_EMAIL));
    const verifyToken = linkToken(verifyMail.text, '/verify');
    seen.push(verifyToken);
    const verified = await call(stack, 'POST', '/api/requests/verify', undefined, {
      token: verifyToken,
    });
    expect(verified.status).toBe(200);
    const statusMail = await stack.smtp.waitFor(
      (mail) => mail.to.includes(SUBJECT_EMAIL) && /\/status\?token=/.test(mail.text),
    );
    const statusToken = linkToken(statusMail.text, '/status');
    seen.push(statusToken);
    expect((await call(stack, 'GET', `/api/requests/status?token=${statusToken}`)).status).toBe(
      200,
    );
    const resend = await call(stack, 'POST', '/api/requests/resend', undefined, {
      email: SUBJECT_EMAIL,
      reference: 'DSR-2000-000001',
    });
    expect(resend.status).toBe(202);
  });

  it('creates a staff member, signs in with the password and fails one sign-in', async () => {
    const created = await call(stack, 'POST', '/api/admin/users', admin.token, {
      email: STAFF_EMAIL,
      name: `Staff ${unique}`,
      role: 'officer',
      password: STAFF_PASSWORD,
    });
    expect(created.status).toBe(201);
    const login = await call(stack, 'POST', '/api/auth/login', undefined, {
      email: STAFF_EMAIL,
      password: STAFF_PASSWORD,
    });
    expect(login.status).toBe(200);
    seen.push(login.body.token);
    const wrong = await call(stack, 'POST', '/api/auth/login', undefined, {
      email: WRONG_LOGIN_EMAIL,
      password: WRONG_PASSWORD,
    });
    expect(wrong.status).toBe(401);
    const { rows } = await db.query(`SELECT password_hash FROM staff_users WHERE email = $1`, [
      STAFF_EMAIL,
    ]);
    seen.push(rows[0].password_hash);
  });

  it('registers systems with secrets, one of them unreachable', async () => {
    const webhook = await call(
      stack,
      'POST',
      '/api/admin/systems',
      admin.token,
      systemBody(`Newsletter ${unique}`, 'webhook', {
        url: 'http://127.0.0.1:9/hooks',
        secret: WEBHOOK_SECRET,
      }),
    );
    expect(webhook.status).toBe(201);
    const postgres = await call(
      stack,
      'POST',
      '/api/admin/systems',
      admin.token,
      systemBody(`Accounts ${unique}`, 'postgres', {
        url: `postgres://someone:${DB_PASSWORD}@127.0.0.1:1/x`,
        dataset: { tables: [] },
      }),
    );
    expect(postgres.status).toBe(400);
  });

  it('answers failed database writes carrying personal data with 500 and an error id', async () => {
    await failInserts('staff_users');
    try {
      const failed = await call(stack, 'POST', '/api/admin/users', admin.token, {
        email: FAILED_STAFF_EMAIL,
        name: `Failed ${unique}`,
        role: 'viewer',
        password: FAILED_STAFF_PASSWORD,
      });
      expect(failed.status).toBe(500);
      errorIds.push(failed.body.errorId);
    } finally {
      await allowInserts('staff_users');
    }
    await failInserts('requests');
    try {
      const failed = await call(stack, 'POST', '/api/requests', undefined, {
        type: 'access',
        email: FAILED_SUBJECT_EMAIL,
        name: FAILED_SUBJECT_NAME,
        jurisdiction: 'gdpr',
      });
      expect(failed.status).toBe(500);
      errorIds.push(failed.body.errorId);
    } finally {
      await allowInserts('requests');
    }
  });

  it('refuses malformed and unstorable input carrying secrets', async () => {
    const broken = await fetch(`${stack.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"email":"${SUBJECT_EMAIL}","password":"${BAD_JSON_SECRET}"`,
    });
    expect(broken.status).toBe(400);
    const nul = await call(stack, 'POST', '/api/auth/login', undefined, {
      email: SUBJECT_EMAIL,
      password: `${BAD_JSON_SECRET}\u0000`,
    });
    expect(nul.status).toBe(400);
  });

  it('holds none of those values in the captured log', () => {
    // The capture works and the failures were logged (by id), so the absence below means something.
    for (const errorId of errorIds) expect(logText).toContain(errorId);
    expect(logText).toContain('unexpected error');
    const secrets = [
      ...seen,
      SUBJECT_EMAIL,
      SUBJECT_NAME,
      FAILED_SUBJECT_EMAIL,
      FAILED_SUBJECT_NAME,
      STAFF_EMAIL,
      STAFF_PASSWORD,
      FAILED_STAFF_EMAIL,
      FAILED_STAFF_PASSWORD,
      WRONG_LOGIN_EMAIL,
      WRONG_PASSWORD,
      WEBHOOK_SECRET,
      WEBHOOK_SECRET.slice('whsec_'.length),
      DB_PASSWORD,
      BAD_JSON_SECRET,
      admin.email,
    ];
    const leaked = secrets.filter((secret) => secret && logText.includes(secret));
    expect(leaked).toEqual([]);
    // Argon2 hashes of any account, and any e-mail of the subjects' domain.
    expect(logText).not.toMatch(/\$argon2id\$/);
    expect(logText).not.toMatch(/@subject\.example/);
  });
});
