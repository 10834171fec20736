import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { computeDueAt } from '@dsar/domain';
import { startTestStack, type TestStack } from '../../../../e2e/support/test-stack.js';
import { call, signIn, type SignedIn } from '../admin/testing/staff-test-kit.js';

// A whole stack with a worker and an argon2 login: slow on a shared two-core machine.
jest.setTimeout(90_000);

describe('every right at intake (the real stack)', () => {
  let stack: TestStack;
  let officer: SignedIn;
  let address = 0;
  const post = (body: unknown) =>
    fetch(`${stack.baseUrl}/api/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.3.0.${++address}` },
      body: JSON.stringify(body),
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as Record<string, any>,
    }));
  const someone = () => `subject-${Math.random().toString(36).slice(2, 10)}@example.com`;

  beforeAll(async () => {
    stack = await startTestStack();
    officer = await signIn(stack, 'officer');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses a right the regime does not grant with a 400 naming the regime (public)', async () => {
    const refused = await post({ type: 'opt_out', email: someone(), jurisdiction: 'gdpr' });
    expect(refused.status).toBe(400);
    const field = refused.body.errors.find((error: { field: string }) => error.field === 'type');
    expect(field.message).toContain('GDPR grants no opt_out right');
    const restriction = await post({
      type: 'restriction',
      email: someone(),
      residence: { country: 'US', region: 'US-CA' },
    });
    expect(restriction.status).toBe(400);
    expect(JSON.stringify(restriction.body.errors)).toContain(
      'CCPA/CPRA grants no restriction right',
    );
  });

  it('refuses it at staff entry too, naming the regime', async () => {
    const refused = await call(stack, 'POST', '/api/admin/requests', officer.token, {
      type: 'limit_sensitive',
      email: someone(),
      channel: 'post',
      verificationNote: 'signed letter',
      jurisdiction: 'uk-gdpr',
      receivedAt: new Date().toISOString(),
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.errors)).toContain('UK GDPR grants no limit_sensitive');
  });

  it('accepts every right the GDPR grants, each waiting for the verification link', async () => {
    for (const type of ['portability', 'restriction', 'objection']) {
      // An objection names its ground (Art. 21(1) or (2)).
      const ground = type === 'objection' ? { objectionGround: 'legitimate_interests' } : {};
      const accepted = await post({ type, email: someone(), jurisdiction: 'gdpr', ...ground });
      expect(accepted.status).toBe(202);
      expect(accepted.body.status).toBe('pending_verification');
    }
  });

  it('refuses an objection without its ground, and a ground on another type, naming the field', async () => {
    const missing = await post({ type: 'objection', email: someone(), jurisdiction: 'gdpr' });
    const misplaced = await post({
      type: 'access',
      email: someone(),
      jurisdiction: 'gdpr',
      objectionGround: 'direct_marketing',
    });
    expect([missing.status, misplaced.status]).toEqual([400, 400]);
    expect(JSON.stringify(missing.body.errors)).toContain('objectionGround');
    expect(JSON.stringify(misplaced.body.errors)).toContain('is only accepted for an objection');
  });

  it('sends an opt-out to processing at once: no verification link, due in 15 business days', async () => {
    const email = someone();
    const before = new Date();
    const accepted = await post({
      type: 'opt_out',
      email,
      residence: { country: 'US', region: 'US-CA' },
    });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ status: 'in_progress', jurisdiction: 'ccpa' });
    const due = new Date(accepted.body.dueAt as string);
    // 15 business days in the controller's calendar (11 CCR § 7026(f)), not the 45 days of access.
    expect([
      computeDueAt(before, 'ccpa', stack.config, 'opt_out').getTime(),
      computeDueAt(new Date(), 'ccpa', stack.config, 'opt_out').getTime(),
    ]).toContain(due.getTime());
    expect(due.getTime()).toBeLessThan(
      computeDueAt(before, 'ccpa', stack.config, 'access').getTime(),
    );
    const ack = await stack.smtp.waitFor((mail) => mail.to.includes(email));
    expect(ack.text).not.toContain('/verify?token=');
    expect(ack.text).toContain('/status?token=');
    expect(ack.text).toContain('opting out of the sale or sharing');
  });
});
