import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startTestStack, type TestStack } from '../../../../../e2e/support/test-stack.js';
import { call, signIn, type SignedIn } from '../testing/staff-test-kit.js';

// A whole stack and argon2 logins: slow on a shared two-core machine.
jest.setTimeout(60_000);

describe('GET /api/admin/jurisdictions/:code/versions and requests pinned to a version', () => {
  let stack: TestStack;
  let officer: SignedIn;
  let viewer: SignedIn;

  const enter = (body: Record<string, unknown>) =>
    call(stack, 'POST', '/api/admin/requests', officer.token, {
      email: `subject-${Math.random().toString(36).slice(2, 8)}@example.com`,
      channel: 'post',
      verificationNote: 'signed letter with ID',
      jurisdiction: 'us-ut',
      ...body,
    });

  beforeAll(async () => {
    stack = await startTestStack({ worker: false, env: { CONTROLLER_TIMEZONE: 'America/Denver' } });
    officer = await signIn(stack, 'officer');
    viewer = await signIn(stack, 'viewer');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it("lists Utah's versions newest first, with H.B. 418's changes rule by rule", async () => {
    const listed = await call(
      stack,
      'GET',
      '/api/admin/jurisdictions/us-ut/versions',
      viewer.token,
    );
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ code: 'us-ut', name: 'Utah CPA', inForce: '2026.2' });
    const [newer, older] = listed.body.versions;
    expect(older).toMatchObject({ version: '2026.1', effective: '2023-12-31', changes: [] });
    expect(newer).toMatchObject({
      version: '2026.2',
      effective: '2026-07-01',
      inForce: true,
      amendedBy: { citation: expect.stringMatching(/^H\.B\. 418/), reading: true },
    });
    expect(newer.changes).toContainEqual(
      expect.objectContaining({
        rule: 'rights',
        citationBefore: 'Utah Code § 13-61-201',
        citationAfter: expect.stringContaining('H.B. 418'),
        changes: expect.arrayContaining([
          {
            path: 'granted',
            before: ['access', 'erasure', 'portability', 'opt_out'],
            after: ['access', 'rectification', 'erasure', 'portability', 'opt_out'],
          },
        ]),
      }),
    );
  });

  it('names the known codes for an unknown one (404) and wants a login (401)', async () => {
    const unknown = await call(
      stack,
      'GET',
      '/api/admin/jurisdictions/atlantis/versions',
      viewer.token,
    );
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.body)).toContain('us-ut');
    const anonymous = await fetch(`${stack.baseUrl}/api/admin/jurisdictions/us-ut/versions`);
    expect(anonymous.status).toBe(401);
  });

  it('pins a June request to 2026.1 and keeps its clock under it; correction only from July', async () => {
    const june = await enter({ type: 'access', receivedAt: '2026-06-20T10:00:00-06:00' });
    expect(june.status).toBe(201);
    // 45 days from Sat 20 June 2026 (Utah Code § 13-61-203(4)): Tue 4 August, end of day in Denver.
    expect(june.body).toMatchObject({
      policy: { code: 'us-ut', version: '2026.1' },
      dueAt: '2026-08-05T05:59:59.999Z',
    });
    const clock = await call(
      stack,
      'GET',
      `/api/admin/requests/${june.body.id}/clock`,
      viewer.token,
    );
    expect(clock.body).toMatchObject({ version: '2026.1', dueAt: '2026-08-05T05:59:59.999Z' });
    expect(clock.body.trace).toContainEqual(
      expect.objectContaining({
        rule: 'policy_version',
        result: 'Pinned at receipt to pack 2026.1',
      }),
    );

    const refused = await enter({
      type: 'rectification',
      corrections: [{ field: 'customers.last_name', value: 'Moreau' }],
      receivedAt: '2026-06-20T10:00:00-06:00',
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('Utah CPA grants no rectification right');
    const july = await enter({
      type: 'rectification',
      corrections: [{ field: 'customers.last_name', value: 'Moreau' }],
      receivedAt: '2026-07-02T10:00:00-06:00',
    });
    expect(july.status).toBe(201);
    expect(july.body.policy).toEqual({ code: 'us-ut', version: '2026.2' });
  });
});
