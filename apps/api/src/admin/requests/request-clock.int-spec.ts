import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startTestStack, type TestStack } from '../../testing/api-stack.js';
import { call, signIn, type SignedIn } from '../testing/staff-test-kit.js';

// A whole stack and argon2 logins: slow on a shared two-core machine.
jest.setTimeout(60_000);

describe('residence at intake, the pinned pack and GET /api/admin/requests/:id/clock', () => {
  let stack: TestStack;
  let officer: SignedIn;
  let viewer: SignedIn;

  const enter = (body: Record<string, unknown>) =>
    call(stack, 'POST', '/api/admin/requests', officer.token, {
      type: 'access',
      email: `subject-${Math.random().toString(36).slice(2, 8)}@example.com`,
      channel: 'post',
      verificationNote: 'signed letter with ID',
      ...body,
    });

  beforeAll(async () => {
    stack = await startTestStack({
      worker: false,
      env: { CONTROLLER_TIMEZONE: 'Europe/Berlin', CONTROLLER_COUNTRY: 'DE' },
    });
    officer = await signIn(stack, 'officer');
    viewer = await signIn(stack, 'viewer');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('derives GDPR from a German residence and rolls the due date off the weekend', async () => {
    // Sat 31 Jan 2026 + one month = Sat 28 Feb (GDPR Art. 12(3)) → Mon 2 Mar (Reg. 1182/71 Art. 3(4)).
    const created = await enter({
      residence: { country: 'de' },
      receivedAt: '2026-01-31T10:00:00+01:00',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      jurisdiction: 'gdpr',
      policy: { code: 'gdpr', version: expect.stringMatching(/^\d{4}\.\d+$/) },
      residence: { country: 'DE', region: null },
      dueAt: '2026-03-02T22:59:59.999Z',
    });

    const clock = await call(
      stack,
      'GET',
      `/api/admin/requests/${created.body.id}/clock`,
      viewer.token,
    );
    expect(clock.status).toBe(200);
    expect(clock.body).toMatchObject({
      jurisdiction: 'gdpr',
      version: created.body.policy.version,
      receivedAt: '2026-01-31T09:00:00.000Z',
      dueAt: '2026-03-02T22:59:59.999Z',
      segments: [{ from: '2026-01-31T09:00:00.000Z', to: null, running: true, reason: 'received' }],
      summary:
        'Due Mon 2 Mar 2026: one month from Sat 31 Jan per GDPR Art. 12(3); 28 Feb is a Saturday, ' +
        'so the next working day (Reg. (EEC, Euratom) 1182/71 Art. 3(4))',
    });
    expect(clock.body.trace).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'answer', citation: 'GDPR Art. 12(3)' }),
        expect.objectContaining({
          rule: 'answer.working_day',
          citation: 'Reg. (EEC, Euratom) 1182/71 Art. 3(4)',
        }),
      ]),
    );
    expect(clock.body).not.toHaveProperty('extendedDueAt');

    // Staff see their target: five working days before Mon 2 Mar is Mon 23 Feb (internalTargetDays).
    const shown = await call(stack, 'GET', `/api/admin/requests/${created.body.id}`, viewer.token);
    expect(shown.body).toMatchObject({
      dueAt: '2026-03-02T22:59:59.999Z',
      targetAt: '2026-02-23T22:59:59.999Z',
    });
    const listed = await call(
      stack,
      'GET',
      `/api/admin/requests?filter=${encodeURIComponent(JSON.stringify({ id: created.body.id }))}`,
      viewer.token,
    );
    expect(listed.body).toMatchObject([{ targetAt: '2026-02-23T22:59:59.999Z' }]);
  });

  it.each([
    [{ country: 'US', region: 'US-VA' }, 'us-va', '2026-11-15T22:59:59.999Z'], // 45 days
    [{ country: 'CA', region: 'CA-QC' }, 'quebec-law25', '2026-10-31T22:59:59.999Z'], // 30 days
    [{ country: 'BR' }, 'lgpd', '2026-10-16T21:59:59.999Z'], // 15 days
  ])('derives the regime of %o: %s, due %s', async (residence, jurisdiction, dueAt) => {
    const created = await enter({ residence, receivedAt: '2026-10-01T12:00:00Z' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ jurisdiction, dueAt, policy: { code: jurisdiction } });
  });

  it('keeps a jurisdiction given with the residence', async () => {
    const created = await enter({
      jurisdiction: 'ccpa',
      residence: { country: 'DE' },
      receivedAt: '2026-10-01T12:00:00Z',
    });
    expect(created.body).toMatchObject({ jurisdiction: 'ccpa', residence: { country: 'DE' } });
  });

  it.each([
    [{}, 'jurisdiction'],
    [{ residence: { country: 'US', region: 'US-WY' } }, 'residence'],
    [{ residence: { country: 'US', region: 'CA-QC' } }, 'residence.region'],
    [{ residence: { country: 'Germany' } }, 'residence.country'],
    [{ type: 'erasure', residence: { country: 'AU' } }, 'type'], // APP 12, 13: no erasure right
  ])('refuses %o with a 400 naming %s, writing nothing', async (body, field) => {
    const count = async () =>
      Number((await stack.api.get(DataSource).query('SELECT count(*) AS n FROM requests'))[0].n);
    const before = await count();
    const refused = await enter(body);
    expect(refused.status).toBe(400);
    expect(await count()).toBe(before);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual([field]);
  });

  it('answers 404 for an unknown request and 401 without a token', async () => {
    const unknown = '00000000-0000-4000-8000-00000000abcd';
    expect(
      (await call(stack, 'GET', `/api/admin/requests/${unknown}/clock`, viewer.token)).status,
    ).toBe(404);
    expect((await call(stack, 'GET', `/api/admin/requests/${unknown}/clock`)).status).toBe(401);
  });
});
