import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DataSource } from 'typeorm';
import { JURISDICTIONS } from '@dsar/domain';
import { StaffIntake } from '@dsar/requests';
import { startTestStack, type TestStack } from '../../../../e2e/support/test-stack.js';
import { call, signIn } from '../admin/testing/staff-test-kit.js';

// A whole stack per file: slow on a shared two-core machine.
jest.setTimeout(60_000);

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
      awaiting_subject: 0,
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

  it('reports a picked period: on time, median and 90th percentile, per month', async () => {
    const viewer = await signIn(stack, 'viewer');
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 40 * DAY).toISOString().slice(0, 10);
    const answer = await call(
      stack,
      'GET',
      `/api/admin/stats?from=${from}&to=${today}`,
      viewer.token,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.period).toMatchObject({
      from,
      to: today,
      received: 4,
      completed: 1,
      onTime: 1,
      late: 0,
      onTimeRate: 1,
      medianDaysToComplete: 10,
      p90DaysToComplete: 10,
    });
    const months = answer.body.period.byMonth as { received: number }[];
    expect(months.reduce((sum, month) => sum + month.received, 0)).toBe(4);
    expect(answer.body.openByType).toEqual({
      access: 3,
      rectification: 0,
      erasure: 0,
      portability: 0,
      restriction: 0,
      objection: 0,
      opt_out: 0,
      limit_sensitive: 0,
    });
    // Every regime of the packs is present, the ones with no open request at 0.
    expect(answer.body.openByJurisdiction).toEqual(
      Object.fromEntries(JURISDICTIONS.map((code) => [code, code === 'gdpr' ? 3 : 0])),
    );
    // A period before any request: nothing, and no rate to divide by zero.
    const empty = await call(
      stack,
      'GET',
      '/api/admin/stats?from=2020-01-01&to=2020-02-29',
      viewer.token,
    );
    expect(empty.body.period).toMatchObject({ received: 0, completed: 0, onTimeRate: null });
    expect(empty.body.period.byMonth).toHaveLength(2);
  });

  it('names a bad period in a 400', async () => {
    const viewer = await signIn(stack, 'viewer');
    const answer = await call(stack, 'GET', '/api/admin/stats?from=2026-13-01&to=x', viewer.token);
    expect(answer.status).toBe(400);
    const fields = (answer.body.errors as { field: string }[]).map((error) => error.field);
    expect([...new Set(fields)].sort()).toEqual(['from', 'to']);
    const reversed = await call(
      stack,
      'GET',
      '/api/admin/stats?from=2026-02-01&to=2026-01-01',
      viewer.token,
    );
    expect(reversed.status).toBe(400);
  });

  it('refuses a caller without a session', async () => {
    expect((await call(stack, 'GET', '/api/admin/stats')).status).toBe(401);
  });
});
