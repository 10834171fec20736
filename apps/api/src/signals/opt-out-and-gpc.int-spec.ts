import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import { computeDueAt } from '@dsar/domain';
import { createTestDatabase, type TestDatabase } from '@dsar/testing';
import { startTestStack, type TestStack } from '../testing/api-stack.js';
import { call, signIn, type SignedIn } from '../admin/testing/staff-test-kit.js';
import { ScriptedReceiver, answer } from '../webhooks/testing/receivers.js';

// A whole stack with a worker, a company database and argon2 logins: slow on two shared cores.
jest.setTimeout(120_000);

const MEMBERS = `
  CREATE TABLE members (id int PRIMARY KEY, email text, cookie text,
    opted_out_at timestamptz, sensitive_limited boolean NOT NULL DEFAULT false);
  INSERT INTO members VALUES (1, 'alice@example.com', 'ck-alice', NULL, false),
    (2, 'bob@example.com', 'ck-bob', NULL, false), (3, 'gpc@example.com', 'ck-gpc', NULL, false),
    (4, NULL, 'ck-browser', NULL, false);
  CREATE TABLE subscribers (id int PRIMARY KEY, email text NOT NULL, ad_cookie text,
    opted_out_at timestamptz, sensitive_limited boolean NOT NULL DEFAULT false);
  INSERT INTO subscribers VALUES (1, 'browser@example.com', 'ck-from-list', NULL, false),
    (2, 'someone@example.com', NULL, NULL, false);`;

const MEMBERS_MAP = {
  tables: [
    {
      name: 'members',
      primaryKey: ['id'],
      identities: { email: 'email', cookie: 'cookie_id' },
      fields: { email: { category: 'user.contact.email', erasure: 'hash' } },
      optOutColumn: 'opted_out_at',
      limitSensitiveColumn: 'sensitive_limited',
    },
  ],
};

// A newsletter list knows people by e-mail alone (a browser id tells it nothing), and gives the
// cookie id its ad campaigns set to the partners keyed by cookie ids.
const SUBSCRIBERS_MAP = {
  tables: [
    {
      name: 'subscribers',
      primaryKey: ['id'],
      identities: { email: 'email' },
      fields: {
        email: { category: 'user.contact.email', erasure: 'hash' },
        ad_cookie: { category: 'user.device.cookie_id', erasure: 'null', provides: 'cookie_id' },
      },
      optOutColumn: 'opted_out_at',
      limitSensitiveColumn: 'sensitive_limited',
    },
  ],
};

const system = (name: string, kind: string, settings: unknown, identityTypes: string[]) => ({
  name,
  kind,
  owner: { name: 'Data team', email: 'data@example.com' },
  identityTypes,
  actions: ['access', 'erasure', 'opt_out', 'limit_sensitive'],
  settings,
});

describe('opt-out of sale/sharing and Global Privacy Control (the real stack)', () => {
  let stack: TestStack;
  let company: TestDatabase;
  let companyDb: pg.Client;
  let officer: SignedIn;
  let receiver: ScriptedReceiver;
  let address = 0;

  const db = () => new pg.Client({ connectionString: stack.database.url });
  const query = async (sql: string, params: unknown[] = []) => {
    const client = db();
    await client.connect();
    try {
      return (await client.query(sql, params)).rows;
    } finally {
      await client.end();
    }
  };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${stack.baseUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.4.0.${++address}`,
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as Record<string, any>,
    }));
  const events = () =>
    receiver.received.map(
      (received) =>
        JSON.parse(received.body) as {
          type: string;
          data: { identities: Record<string, string[]> };
        },
    );
  const until = async (what: string, check: () => Promise<boolean>, ms = 30_000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const statusOf = async (reference: string) =>
    (await query('SELECT status FROM requests WHERE reference = $1', [reference]))[0]?.status;
  /** The mailed partner's task, once it waits, closed by staff as the partner confirmed. */
  const closePartnerTask = async (requestId: string) => {
    let partnerTask: { id: string } | undefined;
    await until('the partner task to wait', async () => {
      [partnerTask] = await query(
        `SELECT t.id FROM store_tasks t JOIN systems s ON s.id = t.system_id
          WHERE t.request_id = $1 AND s.name = 'Advertising partner' AND t.state = 'waiting'`,
        [requestId],
      );
      return partnerTask !== undefined;
    });
    const closed = await call(
      stack,
      'POST',
      `/api/admin/tasks/${partnerTask!.id}/complete`,
      officer.token,
      { outcome: 'completed', note: 'the partner confirmed by mail' },
    );
    expect(closed.status).toBeLessThan(300);
  };

  beforeAll(async () => {
    receiver = new ScriptedReceiver([], (_attempt, res) =>
      answer(res, 200, { status: 'completed' }),
    );
    const url = await receiver.start();
    stack = await startTestStack({ env: { OUTBOUND_ALLOWLIST: '127.0.0.1' } });
    company = await createTestDatabase('company', { migrate: false });
    companyDb = new pg.Client({ connectionString: company.url });
    await companyDb.connect();
    await companyDb.query(MEMBERS);
    officer = await signIn(stack, 'officer');
    const admin = await signIn(stack, 'admin');
    for (const registered of [
      system('Members database', 'postgres', { url: company.url, dataset: MEMBERS_MAP }, [
        'email',
        'cookie_id',
      ]),
      system('Ad platform', 'webhook', { url }, ['email', 'cookie_id']),
      system('Newsletter list', 'postgres', { url: company.url, dataset: SUBSCRIBERS_MAP }, [
        'email',
      ]),
      system('Advertising partner', 'email', { to: 'privacy@adpartner.example' }, ['cookie_id']),
    ]) {
      const created = await call(stack, 'POST', '/api/admin/systems', admin.token, registered);
      expect(created.status).toBe(201);
    }
  });

  afterAll(async () => {
    await companyDb?.end();
    await stack?.stop();
    await company?.drop();
    await receiver?.stop();
  });

  it('acts on an opt-out at once: no verification link, due in 15 business days, every system told', async () => {
    const before = new Date();
    const submitted = await post('/api/requests', {
      type: 'opt_out',
      email: 'alice@example.com',
      residence: { country: 'US', region: 'US-CA' },
    });
    expect(submitted.status).toBe(202);
    expect(submitted.body.status).toBe('in_progress');
    const due = new Date(submitted.body.dueAt as string).getTime();
    expect(due).toBe(computeDueAt(before, 'ccpa', stack.config, 'opt_out').getTime());
    const ack = await stack.smtp.waitFor((mail) => mail.to.includes('alice@example.com'));
    expect(ack.text).not.toContain('/verify?token=');

    const reference = submitted.body.reference as string;
    // The advertising partner knows cookie ids only; the database provides none, so it is skipped.
    await until('the opt-out to complete', async () => (await statusOf(reference)) === 'completed');
    const rows = await companyDb.query('SELECT id, opted_out_at FROM members ORDER BY id');
    expect(rows.rows[0].opted_out_at).toBeInstanceOf(Date);
    expect(rows.rows[1].opted_out_at).toBeNull();
    const told = events().filter((event) => event.type === 'dsar.opt_out.requested');
    expect(told).toHaveLength(1);
    expect(told[0]!.data.identities.email).toEqual(['alice@example.com']);
    const done = await stack.smtp.waitFor(
      (mail) => mail.to.includes('alice@example.com') && mail.subject.includes('no longer sell'),
    );
    expect(done.text).toContain('Members database: told, and confirmed');
    expect(done.text).toContain('Ad platform: told, and confirmed');

    // Remembered for the identity: the staff list and the suppression export.
    const listed = await call(
      stack,
      'GET',
      `/api/admin/opt-outs?filter=${encodeURIComponent(JSON.stringify({ identityValue: 'alice@example.com' }))}`,
      officer.token,
    );
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ kind: 'opt_out', identityType: 'email', reference }),
    ]);
    const csv = await fetch(`${stack.baseUrl}/api/admin/opt-outs/suppression.csv`, {
      headers: { authorization: `Bearer ${officer.token}` },
      signal: AbortSignal.timeout(15_000),
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain(`opt_out,email,alice@example.com,${reference},web,`);
  });

  it('limits sensitive data the same way, stamping its own column', async () => {
    const submitted = await post('/api/requests', {
      type: 'limit_sensitive',
      email: 'bob@example.com',
      jurisdiction: 'ccpa',
    });
    expect(submitted.body.status).toBe('in_progress');
    await until(
      'the limit to complete',
      async () => (await statusOf(submitted.body.reference)) === 'completed',
    );
    const rows = await companyDb.query('SELECT sensitive_limited FROM members WHERE id = 2');
    expect(rows.rows[0].sensitive_limited).toBe(true);
    expect(events().map((event) => event.type)).toContain('dsar.limit_sensitive.requested');
  });

  it('records a GPC signal once per browser id: the webhook fires once, the partner is mailed', async () => {
    const noHeader = await post('/api/signals/gpc', { identities: { cookie_id: ['ck-gpc'] } });
    expect(noHeader.status).toBe(400);
    expect(JSON.stringify(noHeader.body)).toContain('Sec-GPC');
    for (const hostile of [
      '{"identities":{"cookie_id":[]}}',
      '{"identities":{"cookie_id":["a\\u0000b"]}}',
      '{"identities":{"phone":["+1"]}}',
      '{"identities":{}}',
      '[1]',
      '{"identities":{"email":["not-an-email"]}}',
    ]) {
      expect((await post('/api/signals/gpc', hostile, { 'sec-gpc': '1' })).status).toBe(400);
    }

    const signal = { identities: { cookie_id: ['ck-gpc'], email: ['gpc@example.com'] } };
    const first = await post('/api/signals/gpc', signal, { 'sec-gpc': '1' });
    expect(first.status).toBe(202);
    const second = await post(
      '/api/signals/gpc',
      { identities: { cookie_id: ['ck-gpc'] } },
      {
        'sec-gpc': '1',
      },
    );
    expect(second).toEqual({ status: 202, body: { reference: first.body.reference } });
    const requests = await query(`SELECT reference, status FROM requests WHERE source = 'gpc'`);
    expect(requests).toEqual([{ reference: first.body.reference, status: expect.any(String) }]);

    // The partner knows cookie ids: it is mailed the opt-out (and waits for its answer).
    const partnerMail = await stack.smtp.waitFor(
      (mail) =>
        mail.to.includes('privacy@adpartner.example') && mail.text.includes(first.body.reference),
    );
    expect(partnerMail.text).toContain('stop selling or sharing');
    // Art. 5(1)(c): its system lists cookie ids only, so the signal's e-mail is not named.
    expect(partnerMail.text).toContain('identified by Cookie id ck-gpc.');
    expect(partnerMail.text).not.toContain('gpc@example.com');
    await until('the webhook event', async () =>
      events().some((event) => event.data.identities.cookie_id?.includes('ck-gpc')),
    );
    const third = await post('/api/signals/gpc', signal, { 'sec-gpc': '1' });
    expect(third.body.reference).toBe(first.body.reference);
    await until(
      'the database stamp',
      async () =>
        (await companyDb.query('SELECT opted_out_at FROM members WHERE id = 3')).rows[0]
          .opted_out_at !== null,
    );
    const gpcEvents = events().filter((event) =>
      event.data.identities.cookie_id?.includes('ck-gpc'),
    );
    expect(gpcEvents.map((event) => event.type)).toEqual(['dsar.opt_out.requested']);
  });

  it('acts on a browser id alone: two signals are one request, the webhook fires once, no mail', async () => {
    const smtpBefore = stack.smtp.mails.length;
    const signal = { identities: { cookie_id: ['ck-browser'] } };
    // A site forwards every page view's signal: two at once still make one request.
    const [first, second] = await Promise.all([
      post('/api/signals/gpc', signal, { 'sec-gpc': '1' }),
      post('/api/signals/gpc', signal, { 'sec-gpc': '1' }),
    ]);
    expect(first.status).toBe(202);
    expect(second).toEqual({ status: 202, body: { reference: first.body.reference } });
    const reference = first.body.reference as string;
    const [request] = await query(
      `SELECT id, email, type, source, identities FROM requests WHERE identities->'cookie_id' ? 'ck-browser'`,
    );
    expect(request).toMatchObject({
      email: null,
      type: 'opt_out',
      source: 'gpc',
      identities: { cookie_id: ['ck-browser'] },
    });

    // The partner knows cookie ids: it is mailed the opt-out; staff record its answer.
    await stack.smtp.waitFor(
      (mail) => mail.to.includes('privacy@adpartner.example') && mail.text.includes(reference),
    );
    await closePartnerTask(request.id);
    await until(
      'the browser opt-out to complete',
      async () => (await statusOf(reference)) === 'completed',
    );
    const stamped = await companyDb.query(
      `SELECT opted_out_at FROM members WHERE cookie = 'ck-browser'`,
    );
    expect(stamped.rows[0].opted_out_at).toBeInstanceOf(Date);
    const told = events().filter((event) =>
      event.data.identities.cookie_id?.includes('ck-browser'),
    );
    expect(told.map((event) => event.type)).toEqual(['dsar.opt_out.requested']);
    expect(told[0]!.data.identities).toEqual({ cookie_id: ['ck-browser'] });
    // Nobody but the partner was mailed: the request has no e-mail, and the audit says why.
    const mailsToAnyoneElse = stack.smtp.mails
      .slice(smtpBefore)
      .filter((mail) => !mail.to.includes('privacy@adpartner.example'));
    expect(mailsToAnyoneElse).toEqual([]);
    const skipped = await query(
      `SELECT data FROM audit_events WHERE request_id = $1 AND action = 'subject_mail_skipped' ORDER BY seq`,
      [request.id],
    );
    expect(skipped.map((row) => row.data)).toEqual([
      { template: 'acknowledgement', reason: 'no_email' },
      { template: 'completion_opt_out', reason: 'no_email' },
    ]);

    // The list keyed by e-mail alone has not been told: the signal had no e-mail.
    const untold = await companyDb.query(`SELECT opted_out_at FROM subscribers WHERE id = 1`);
    expect(untold.rows[0].opted_out_at).toBeNull();

    // Repeats of the standing signal (the second from the api's memory) name the same request...
    for (let repeat = 0; repeat < 2; repeat += 1) {
      expect(await post('/api/signals/gpc', signal, { 'sec-gpc': '1' })).toEqual({
        status: 202,
        body: { reference },
      });
    }
    // ...and a later signal with the same browser id and an e-mail still joins that consumer.
    const joined = await post(
      '/api/signals/gpc',
      { identities: { cookie_id: ['ck-browser'], email: ['browser@example.com'] } },
      { 'sec-gpc': '1' },
    );
    expect(joined.body.reference).toBe(reference);
    expect(
      await query(
        `SELECT count(*)::int AS n FROM requests WHERE source = 'gpc' AND identities->'cookie_id' ? 'ck-browser'`,
      ),
    ).toEqual([{ n: 1 }]);
    const [after] = await query('SELECT identities FROM requests WHERE id = $1', [request.id]);
    expect(after.identities).toEqual({ cookie_id: ['ck-browser'], email: ['browser@example.com'] });
    const remembered = await query(
      `SELECT identity_type, identity_value, reference FROM opt_outs WHERE request_id = $1 ORDER BY identity_type`,
      [request.id],
    );
    expect(remembered).toEqual([
      { identity_type: 'cookie_id', identity_value: 'ck-browser', reference },
      { identity_type: 'email', identity_value: 'browser@example.com', reference },
    ]);

    // Staff see it, and find it by its reference although it has no e-mail.
    const listed = await call(
      stack,
      'GET',
      `/api/admin/requests?filter=${encodeURIComponent(JSON.stringify({ q: reference }))}`,
      officer.token,
    );
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([expect.objectContaining({ reference, email: null })]);
    const shown = await call(stack, 'GET', `/api/admin/requests/${request.id}`, officer.token);
    expect(shown.status).toBe(200);
    expect(told).toHaveLength(1);
  });

  it('tells the systems that know a joined e-mail only, and whom they lead to: one follow-up, not mailed, once', async () => {
    const smtpBefore = stack.smtp.mails.length;
    const [first] = await query(
      `SELECT id, reference FROM requests WHERE identities->'cookie_id' ? 'ck-browser'`,
    );
    expect(await statusOf(first.reference)).toBe('completed');

    const [followUp] = await query(
      `SELECT id, reference, email, type, source, identities FROM requests
        WHERE source = 'gpc' AND id <> $1 AND identities->'email' ? 'browser@example.com'`,
      [first.id],
    );
    expect(followUp).toMatchObject({
      email: null,
      type: 'opt_out',
      identities: { email: ['browser@example.com'] },
    });
    // The list gives the cookie id it knows; the partner keyed by cookie ids is mailed for that
    // one alone (the browser id it was told already is not named again).
    const partnerMail = await stack.smtp.waitFor(
      (mail) =>
        mail.to.includes('privacy@adpartner.example') && mail.text.includes(followUp.reference),
    );
    expect(partnerMail.text).toContain('identified by Cookie id ck-from-list.');
    expect(partnerMail.text).not.toContain('ck-browser');
    await closePartnerTask(followUp.id);
    await until(
      'the follow-up to complete',
      async () => (await statusOf(followUp.reference)) === 'completed',
    );
    const stamped = await companyDb.query(`SELECT id, opted_out_at FROM subscribers ORDER BY id`);
    expect(stamped.rows[0].opted_out_at).toBeInstanceOf(Date);
    expect(stamped.rows[1].opted_out_at).toBeNull();
    const byEmail = () =>
      events().filter((event) => event.data.identities.email?.includes('browser@example.com'));
    expect(byEmail().map((event) => event.type)).toEqual(['dsar.opt_out.requested']);
    // The joined identity and what the list gave: the browser id, told already, is not repeated.
    expect(byEmail()[0]!.data.identities).toEqual({
      email: ['browser@example.com'],
      cookie_id: ['ck-from-list'],
    });

    // Linked both ways by the audit; the joined address is never written to.
    const [joinedEvent] = await query(
      `SELECT data FROM audit_events WHERE request_id = $1 AND action = 'gpc_identities_joined'`,
      [first.id],
    );
    expect(joinedEvent.data).toMatchObject({
      reference: first.reference,
      added: 1,
      followUpReference: followUp.reference,
    });
    const [linkEvent] = await query(
      `SELECT data FROM audit_events WHERE request_id = $1 AND action = 'gpc_follow_up_of'`,
      [followUp.id],
    );
    expect(linkEvent.data).toMatchObject({ reference: first.reference, requestId: first.id });
    expect(stack.smtp.mails.some((mail) => mail.to.includes('browser@example.com'))).toBe(false);

    // The same signal again changes nothing more: no request, no event, no stamp moved.
    const requestsBefore = await query(`SELECT count(*)::int AS n FROM requests`);
    const repeat = await post(
      '/api/signals/gpc',
      { identities: { cookie_id: ['ck-browser'], email: ['browser@example.com'] } },
      { 'sec-gpc': '1' },
    );
    expect(repeat).toEqual({ status: 202, body: { reference: first.reference } });
    const eventsBefore = receiver.received.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await query(`SELECT count(*)::int AS n FROM requests`)).toEqual(requestsBefore);
    expect(receiver.received.length).toBe(eventsBefore);
    expect(byEmail()).toHaveLength(1);
    const again = await companyDb.query(`SELECT opted_out_at FROM subscribers WHERE id = 1`);
    expect(again.rows[0].opted_out_at).toEqual(stamped.rows[0].opted_out_at);
    expect(
      await query(
        `SELECT count(*)::int AS n FROM audit_events WHERE request_id = $1 AND action = 'gpc_identities_joined'`,
        [first.id],
      ),
    ).toEqual([{ n: 1 }]);
    expect(
      stack.smtp.mails
        .slice(smtpBefore)
        .filter((mail) => !mail.to.includes('privacy@adpartner.example')),
    ).toEqual([]);
  });

  it('publishes its GPC support at /.well-known/gpc.json', async () => {
    const response = await fetch(`${stack.baseUrl}/.well-known/gpc.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      gpc: true,
      lastUpdate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });
});
