import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { computeDueAt, computeExtendedDueAt } from '@dsar/domain';
import { RegimeDutyAlerts } from '@dsar/notices';
import { linkToken, startTestStack, type TestStack } from '../../testing/api-stack.js';
import { call, signIn, type SignedIn } from '../testing/staff-test-kit.js';

// A whole stack with a worker and argon2 logins: slow on a shared two-core machine.
jest.setTimeout(90_000);

const DAY = 86_400_000;

describe('questions that pause the clock, and appeals (the real stack)', () => {
  let stack: TestStack;
  let officer: SignedIn;
  let viewer: SignedIn;

  const db = () => stack.api.get(DataSource);
  const enter = async (residence: Record<string, string>, receivedAt: Date, language = 'en') => {
    const email = `subject-${Math.random().toString(36).slice(2, 10)}@example.com`;
    const created = await call(stack, 'POST', '/api/admin/requests', officer.token, {
      type: 'access',
      email,
      channel: 'post',
      verificationNote: 'signed letter with ID',
      residence,
      receivedAt: receivedAt.toISOString(),
      language,
    });
    expect(created.status).toBe(201);
    const ack = await stack.smtp.waitFor((mail) => mail.to.includes(email));
    return { request: created.body, email, statusToken: linkToken(ack.text, '/status') };
  };
  const post = (path: string, body: unknown) => call(stack, 'POST', path, undefined, body);

  /** Asks a question over HTTP, then dates it back `days` (the wait the test needs). */
  const askAndWait = async (request: { id: string }, email: string, days: number) => {
    const asked = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/clarify`,
      officer.token,
      {
        question: 'Which of your two accounts do you mean?',
      },
    );
    expect(asked.status).toBe(200);
    expect(asked.body.status).toBe('awaiting_subject');
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(email) && m.subject.startsWith('A question about'),
    );
    await db().query(
      `UPDATE request_pauses SET started_at = started_at - make_interval(days => $2) WHERE request_id = $1`,
      [request.id, days],
    );
    return { mail, replyToken: linkToken(mail.text, '/clarify') };
  };

  beforeAll(async () => {
    stack = await startTestStack({
      env: { CONTROLLER_TIMEZONE: 'Europe/London', CONTROLLER_COUNTRY: 'GB' },
    });
    officer = await signIn(stack, 'officer');
    viewer = await signIn(stack, 'viewer');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('moves a UK due date by the seven days waited for an answer (UK GDPR Art. 12A)', async () => {
    const receivedAt = new Date(Date.now() - 10 * DAY);
    const { request, email } = await enter({ country: 'GB' }, receivedAt);
    expect(request.jurisdiction).toBe('uk-gdpr');
    const { mail, replyToken } = await askAndWait(request, email, 7);
    expect(mail.text).toContain('Which of your two accounts do you mean?');
    expect(mail.text).toContain('the time we have to reply is paused');

    const answered = await post('/api/requests/clarification', {
      token: replyToken,
      answer: 'The one under my maiden name.',
    });
    expect(answered.status).toBe(200);
    // Back where it left off; the period counts as if received seven days later.
    const moved = computeDueAt(new Date(receivedAt.getTime() + 7 * DAY), 'uk-gdpr', stack.config);
    expect(answered.body).toMatchObject({
      status: 'awaiting_approval',
      dueAt: moved.toISOString(),
    });
    expect(new Date(answered.body.dueAt).getTime()).toBeGreaterThan(
      new Date(request.dueAt).getTime(),
    );

    const clock = await call(stack, 'GET', `/api/admin/requests/${request.id}/clock`, viewer.token);
    expect(clock.body.dueAt).toBe(moved.toISOString());
    expect(
      clock.body.segments.map((s: { running: boolean; reason: string }) => [s.running, s.reason]),
    ).toEqual([
      [true, 'received'],
      [false, 'clarification'],
      [true, 'resumed'],
    ]);
    expect(clock.body.trace).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'pause.clarification',
          result: expect.stringContaining('7 days added'),
        }),
      ]),
    );
    // The link is spent; the answer is kept with the question, never in the audit trail.
    expect(
      (await post('/api/requests/clarification', { token: replyToken, answer: 'again' })).status,
    ).toBe(410);
    const pauses = await call(
      stack,
      'GET',
      `/api/admin/requests/${request.id}/pauses`,
      viewer.token,
    );
    expect(pauses.body).toMatchObject([
      { reason: 'clarification', answer: 'The one under my maiden name.' },
    ]);
    const audit = await db().query(
      `SELECT action, from_status, to_status, data::text AS data FROM audit_events WHERE request_id = $1 ORDER BY seq`,
      [request.id],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual(
      expect.arrayContaining(['clarify', 'clarification_answered']),
    );
    expect(JSON.stringify(audit)).not.toContain('maiden');

    // An extension afterwards keeps the days waited: three months from the moved start.
    const extended = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/extend`,
      officer.token,
      { reason: 'Two archives to search' },
    );
    expect(extended.body.extendedDueAt).toBe(
      computeExtendedDueAt(
        new Date(receivedAt.getTime() + 7 * DAY),
        'uk-gdpr',
        stack.config,
      ).toISOString(),
    );
  });

  it('keeps a GDPR due date where it was: the wait does not stop its clock', async () => {
    const { request, email } = await enter({ country: 'DE' }, new Date(Date.now() - 10 * DAY));
    expect(request.jurisdiction).toBe('gdpr');
    const { mail, replyToken } = await askAndWait(request, email, 7);
    expect(mail.text).toContain('We will still answer by');
    const answered = await post('/api/requests/clarification', {
      token: replyToken,
      answer: 'The first one.',
    });
    expect(answered.body).toMatchObject({ status: 'awaiting_approval', dueAt: request.dueAt });
    const clock = await call(stack, 'GET', `/api/admin/requests/${request.id}/clock`, viewer.token);
    expect(
      clock.body.segments.map((s: { running: boolean; reason: string }) => [s.running, s.reason]),
    ).toEqual([
      [true, 'received'],
      [true, 'clarification'],
      [true, 'resumed'],
    ]);
  });

  it('refuses a question on a closed request (409) and a blank one (400)', async () => {
    const { request } = await enter({ country: 'DE' }, new Date());
    const blank = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/clarify`,
      officer.token,
      { question: ' ' },
    );
    expect(blank.status).toBe(400);
    await call(stack, 'POST', `/api/admin/requests/${request.id}/cancel`, officer.token, {});
    const closed = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/clarify`,
      officer.token,
      { question: 'Which?' },
    );
    expect(closed.status).toBe(409);
    expect((await post('/api/requests/clarification', { token: 'x', answer: 'y' })).status).toBe(
      400,
    );
  });

  const deny = (id: string) =>
    call(stack, 'POST', `/api/admin/requests/${id}/deny`, officer.token, {
      reasonCode: 'exemption_applies',
      text: 'The records are held for a pending legal claim.',
    });

  it('takes a Virginia appeal, upholds it and names the Attorney General in the mail', async () => {
    const { request, email, statusToken } = await enter(
      { country: 'US', region: 'US-VA' },
      new Date(),
    );
    expect(request.jurisdiction).toBe('us-va');
    expect((await deny(request.id)).status).toBe(200);
    // The refusal offers the appeal, with the regulator behind it (Va. Code § 59.1-577(C)).
    const refusal = await stack.smtp.waitFor(
      (m) => m.to.includes(email) && m.subject.endsWith('was declined'),
    );
    expect(refusal.text).toContain('You may appeal this decision until');
    expect(refusal.text).toContain('Office of the Attorney General of Virginia');
    expect(refusal.text).not.toContain('judicial remedy');

    const status = await call(stack, 'GET', `/api/requests/status?token=${statusToken}`);
    expect(status.body).toMatchObject({ status: 'denied', appeal: { offered: true } });
    // 60 days to ask (our reading of "a reasonable period").
    const askBy = new Date(status.body.appeal.askBy).getTime();
    expect(askBy).toBeGreaterThan(Date.now() + 59 * DAY);
    expect(askBy).toBeLessThan(Date.now() + 62 * DAY);

    const asked = await post('/api/requests/appeal', {
      token: statusToken,
      text: 'No claim is pending against me; please look again.',
    });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({
      status: 'appealed',
      appeal: { decideBy: expect.any(String) },
    });
    await stack.smtp.waitFor((m) => m.to.includes(email) && m.subject.startsWith('Your appeal on'));
    expect((await post('/api/requests/appeal', { token: statusToken, text: 'again' })).status).toBe(
      409,
    );

    const decided = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/appeal-decision`,
      officer.token,
      {
        outcome: 'upheld',
        text: 'The claim was filed on 3 March; the records must be kept until it ends.',
      },
    );
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('denied');
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(email) && m.subject.endsWith('our decision'),
    );
    expect(mail.text).toContain('The claim was filed on 3 March');
    expect(mail.text).toContain('Office of the Attorney General of Virginia');
    expect(mail.text).toContain('https://www.oag.state.va.us/consumer-protection/');

    const after = await call(stack, 'GET', `/api/requests/status?token=${statusToken}`);
    expect(after.body.appeal).toMatchObject({ offered: false, outcome: 'upheld' });
    const appeals = await call(
      stack,
      'GET',
      `/api/admin/requests/${request.id}/appeals`,
      viewer.token,
    );
    expect(appeals.body).toMatchObject([{ decidedStatus: 'denied', outcome: 'upheld' }]);
  });

  it('words a German Virginia request’s appeal route in German, the authority by its own name', async () => {
    const { request, email, statusToken } = await enter(
      { country: 'US', region: 'US-VA' },
      new Date(),
      'de',
    );
    expect((await deny(request.id)).status).toBe(200);
    const route =
      'Wird Ihr Widerspruch abgelehnt, können Sie bei dieser Stelle Beschwerde einreichen: Office of the Attorney General of Virginia (https://www.oag.state.va.us/consumer-protection/)';
    const refusal = await stack.smtp.waitFor(
      (m) => m.to.includes(email) && m.subject.endsWith('wurde abgelehnt'),
    );
    expect(refusal.text).toContain(route);
    expect(refusal.text).not.toContain('the consumer may contact');
    const asked = await post('/api/requests/appeal', {
      token: statusToken,
      text: 'Es gibt keinen Rechtsstreit.',
    });
    expect(asked.status).toBe(202);
    const decided = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/appeal-decision`,
      officer.token,
      { outcome: 'upheld', text: 'Die Klage wurde am 3. März erhoben.' },
    );
    expect(decided.status).toBe(200);
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(email) && m.subject.endsWith('unsere Entscheidung'),
    );
    expect(mail.text).toContain(route);
  });

  it('reopens a Colorado request when its appeal is overturned', async () => {
    const { request, email, statusToken } = await enter(
      { country: 'US', region: 'US-CO' },
      new Date(),
    );
    await deny(request.id);
    expect(
      (await post('/api/requests/appeal', { token: statusToken, text: 'Please look again.' }))
        .status,
    ).toBe(202);
    const decided = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/appeal-decision`,
      officer.token,
      {
        outcome: 'overturned',
        text: 'The exemption does not reach these records.',
      },
    );
    expect(decided.body).toMatchObject({ status: 'awaiting_approval', closedAt: null });
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(email) && m.subject.endsWith('our decision'),
    );
    expect(mail.text).toContain('we have reopened the request');
    const again = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/appeal-decision`,
      officer.token,
      {
        outcome: 'upheld',
        text: 'twice',
      },
    );
    expect(again.status).toBe(409);
  });

  it('refuses an appeal where the regime grants none, naming it', async () => {
    const { request, statusToken } = await enter({ country: 'US', region: 'US-CA' }, new Date());
    expect(request.jurisdiction).toBe('ccpa');
    await deny(request.id);
    const status = await call(stack, 'GET', `/api/requests/status?token=${statusToken}`);
    expect(status.body.appeal).toEqual({ offered: false });
    const refused = await post('/api/requests/appeal', { token: statusToken, text: 'Please.' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('grants no appeal');
  });

  it('records the CCPA receipt confirmation when the mail leaves, and alerts before a missed one', async () => {
    const { request } = await enter(
      { country: 'US', region: 'US-CA' },
      new Date(Date.now() - 9 * DAY),
    );
    expect(request.acknowledgeBy).not.toBeNull();
    const shown = async () =>
      (await call(stack, 'GET', `/api/admin/requests/${request.id}`, viewer.token)).body;
    // The mail has left (the sink has it); the worker records it after the send.
    for (let i = 0; i < 50 && !(await shown()).acknowledgedAt; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await shown()).acknowledgedAt).not.toBeNull();
    const events = await db().query(
      `SELECT count(*)::int AS n FROM audit_events WHERE request_id = $1 AND action = 'receipt_confirmed'`,
      [request.id],
    );
    expect(events[0].n).toBe(1);

    // A request whose acknowledgement never left, two days or less before its deadline.
    await db().query(`UPDATE requests SET acknowledged_at = NULL WHERE id = $1`, [request.id]);
    const duties = stack.worker!.get(RegimeDutyAlerts);
    const early = await duties.run(new Date(new Date(request.acknowledgeBy).getTime() - 5 * DAY));
    expect(early.receiptConfirmations).toBe(0);
    const due = await duties.run(new Date(new Date(request.acknowledgeBy).getTime() - DAY));
    expect(due.receiptConfirmations).toBe(1);
    const alert = await stack.smtp.waitFor((m) =>
      m.subject.startsWith(`Receipt not yet confirmed: ${request.reference}`),
    );
    expect(alert.text).toContain('ccpa');
    expect((await duties.run(new Date(request.acknowledgeBy))).receiptConfirmations).toBe(0);
  });

  it('alerts staff a week before an appeal must be decided', async () => {
    const { request, statusToken } = await enter({ country: 'US', region: 'US-TX' }, new Date());
    await deny(request.id);
    const asked = await post('/api/requests/appeal', { token: statusToken, text: 'Look again.' });
    const decideBy = new Date(asked.body.appeal.decideBy).getTime();
    const duties = stack.worker!.get(RegimeDutyAlerts);
    expect((await duties.run(new Date(decideBy - 10 * DAY))).appeals).toBe(0);
    expect((await duties.run(new Date(decideBy - 6 * DAY))).appeals).toBe(1);
    await stack.smtp.waitFor(
      (m) =>
        m.subject.endsWith(`: ${request.reference}`) && m.subject.startsWith('Appeal to decide by'),
    );
    expect((await duties.run(new Date(decideBy - 5 * DAY))).appeals).toBe(0);
  });

  it('lets staff change the regime with a reason: audited, dates counted afresh, subject told', async () => {
    const receivedAt = new Date(Date.now() - 3 * DAY);
    const { request, email } = await enter({ country: 'DE' }, receivedAt);
    const changed = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/regime`,
      officer.token,
      {
        jurisdiction: 'lgpd',
        reason: 'The subject lives in São Paulo; the German address was a holiday flat.',
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      jurisdiction: 'lgpd',
      policy: { code: 'lgpd' },
      dueAt: computeDueAt(receivedAt, 'lgpd', stack.config).toISOString(),
    });
    expect(changed.body.dueAt).not.toBe(request.dueAt);
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(email) && m.subject.endsWith('answer date'),
    );
    expect(mail.text).toContain('Lei Geral de Proteção de Dados Pessoais');
    const audit = await db().query(
      `SELECT reason, data FROM audit_events WHERE request_id = $1 AND action = 'change_regime'`,
      [request.id],
    );
    expect(audit).toMatchObject([
      {
        reason: 'The subject lives in São Paulo; the German address was a holiday flat.',
        data: { from: { jurisdiction: 'gdpr' }, to: { jurisdiction: 'lgpd' } },
      },
    ]);
    // The same regime again, or no reason: 400s naming the field.
    const same = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/regime`,
      officer.token,
      {
        jurisdiction: 'lgpd',
        reason: 'again',
      },
    );
    expect(same.body.errors).toEqual([expect.objectContaining({ field: 'jurisdiction' })]);
    const noReason = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/regime`,
      officer.token,
      {
        jurisdiction: 'gdpr',
      },
    );
    expect(noReason.status).toBe(400);
  });

  it('tells a German subject the new regime by its German name', async () => {
    const { request, email } = await enter({ country: 'DE' }, new Date(Date.now() - DAY), 'de');
    const changed = await call(
      stack,
      'POST',
      `/api/admin/requests/${request.id}/regime`,
      officer.token,
      { jurisdiction: 'uk-gdpr', reason: 'The subject lives in Leeds.' },
    );
    expect(changed.status).toBe(200);
    const mail = await stack.smtp.waitFor(
      (m) => m.to.includes(email) && m.subject.endsWith('Antworttermin'),
    );
    expect(mail.text).toContain('jetzt nach UK-DSGVO');
  });

  it('refuses an appeal of a request still being worked on', async () => {
    const { statusToken } = await enter({ country: 'US', region: 'US-VA' }, new Date());
    const refused = await post('/api/requests/appeal', { token: statusToken, text: 'Please.' });
    expect(refused.status).toBe(409);
  });
});
