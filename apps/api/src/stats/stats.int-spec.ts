import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { StaffIntake } from '@dsar/requests';
import { startTestStack, type TestStack } from '../../../../e2e/support/test-stack.js';
import { call, signIn } from '../admin/testing/staff-test-kit.js';

const DAY = 86_400_000;

describe('GET /api/admin/stats', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
    // GDPR: one month from receipt. 35 days ago → overdue; 26 days ago → due within the week, even
    // when the due day rolls off a weekend (Reg. 1182/71 Art. 3(4)).
    for (const [email, daysAgo] of [
      ['late@example.com', 35],
      ['soon@example.com', 26],
      ['new@example.com', 0],
      ['done@example.com', 20],
    ] as const) {
      await stack.api.get(StaffIntake).enter(
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
    }
    // A request answered 10 days after receipt (the figures read rows; how it got there is not theirs to check).
    await stack.api
      .get(DataSource)
      .query(
        `UPDATE requests SET status = 'completed', completed_at = received_at + interval '10 days', closed_at = received_at + interval '10 days' WHERE email = 'done@example.com'`,
      );
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('gives every staff role the dashboard figures', async () => {
    const viewer = await signIn(stack, 'viewer');
    const answer = await call(stack, 'GET', '/api/admin/stats', viewer.token);
    expect(answer.status).toBe(200);
    expect(answer.body.openByStatus).toEqual({
      pending_verification: 0,
      awaiting_approval: 3,
      in_progress: 0,
      action_required: 0,
    });
    expect(answer.body.overdue).toBe(1);
    expect(answer.body.dueThisWeek).toBe(1);
    expect(answer.body.medianDaysToComplete).toBe(10);
    expect(answer.body.weekly).toHaveLength(12);
    const received = answer.body.weekly.map((week: { received: number }) => week.received);
    expect(received.reduce((sum: number, count: number) => sum + count, 0)).toBe(4);
    const completed = answer.body.weekly.map((week: { completed: number }) => week.completed);
    expect(completed.reduce((sum: number, count: number) => sum + count, 0)).toBe(1);
    expect(received.at(-1)).toBeGreaterThanOrEqual(1); // the one received today
  });

  it('refuses a caller without a session', async () => {
    expect((await call(stack, 'GET', '/api/admin/stats')).status).toBe(401);
  });
});
