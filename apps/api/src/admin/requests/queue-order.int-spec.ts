import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { StaffIntake } from '@dsar/requests';
import { startTestStack, type TestStack } from '../../testing/api-stack.js';
import { call, signIn, type SignedIn } from '../testing/staff-test-kit.js';

jest.setTimeout(60_000);

const DAY = 86_400_000;

/** The queue sorts by the deadline in force, and the evidence names the staff who acted. */
describe('the queue order and the audit log names', () => {
  let stack: TestStack;
  let officer: SignedIn;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    officer = await signIn(stack, 'officer');
    // Received 20 and 10 days ago: the older one is due first, until it is extended.
    for (const [email, daysAgo] of [
      ['older@example.com', 20],
      ['newer@example.com', 10],
    ] as const) {
      const request = await stack.api.get(StaffIntake).enter(
        {
          type: 'access',
          email,
          name: null,
          jurisdiction: 'gdpr',
          details: null,
          corrections: null,
          channel: 'post',
          receivedAt: new Date(Date.now() - daysAgo * DAY),
          verificationNote: 'signed letter',
        },
        { type: 'system', id: null },
      );
      ids[email] = request.id;
    }
    const extended = await call(
      stack,
      'POST',
      `/api/admin/requests/${ids['older@example.com']}/extend`,
      officer.token,
      { reason: 'Many systems to search' },
    );
    expect(extended.status).toBe(200);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const order = async (sort: string) => {
    const query = `sort=${encodeURIComponent(JSON.stringify([sort, 'ASC']))}`;
    const answer = await call(stack, 'GET', `/api/admin/requests?${query}`, officer.token);
    expect(answer.status).toBe(200);
    return (answer.body as { email: string }[]).map((request) => request.email);
  };

  it('sorts by the deadline in force: an extended request moves behind the others', async () => {
    expect(await order('dueAt')).toEqual(['older@example.com', 'newer@example.com']);
    expect(await order('effectiveDueAt')).toEqual(['newer@example.com', 'older@example.com']);
    // The queue's default order is the deadline in force too.
    const answer = await call(stack, 'GET', '/api/admin/requests', officer.token);
    expect((answer.body as { email: string }[]).map((r) => r.email)).toEqual([
      'newer@example.com',
      'older@example.com',
    ]);
  });

  it('names the staff member and their role on the events they caused', async () => {
    const filter = encodeURIComponent(JSON.stringify({ requestId: ids['older@example.com'] }));
    const answer = await call(
      stack,
      'GET',
      `/api/admin/audit-events?filter=${filter}`,
      officer.token,
    );
    const extend = (answer.body as { action: string }[]).find((e) => e.action === 'extend');
    expect(extend).toMatchObject({ actorName: 'A officer', actorRole: 'officer' });
    const single = await call(
      stack,
      'GET',
      `/api/admin/audit-events/${(extend as unknown as { id: string }).id}`,
      officer.token,
    );
    expect(single.body).toMatchObject({ actorName: 'A officer', actorRole: 'officer' });
  });
});
