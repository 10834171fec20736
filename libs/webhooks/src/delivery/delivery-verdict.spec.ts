import {
  nextRetryDelaySeconds,
  parseRetryAfter,
  verdictForFailure,
  verdictForResponse,
} from './delivery-verdict.js';

describe('verdictForResponse', () => {
  const ok = (body: unknown) =>
    verdictForResponse({ status: 200, body: JSON.stringify(body) }, true);

  it('takes a 200 with a contract answer as the result', () => {
    expect(ok({ status: 'completed', data: { orders: [{ id: 1 }] } })).toEqual({
      kind: 'answered',
      answer: { status: 'completed', data: { orders: [{ id: 1 }] } },
    });
    expect(ok({ status: 'not_found' })).toMatchObject({ kind: 'answered' });
  });

  it('retries a failed answer unless it says retryable: false', () => {
    expect(ok({ status: 'failed', message: 'db down' })).toEqual({
      kind: 'retry',
      error: 'db down',
    });
    expect(ok({ status: 'failed', message: 'no such tenant', retryable: false })).toEqual({
      kind: 'permanent',
      error: 'no such tenant',
    });
  });

  it('retries answers that do not fit the contract, naming the field', () => {
    expect(ok({ status: 'done' })).toMatchObject({
      kind: 'retry',
      error: expect.stringMatching(/status/),
    });
    expect(verdictForResponse({ status: 200, body: '<html>' }, true)).toMatchObject({
      kind: 'retry',
      error: 'the 200 answer is not JSON',
    });
  });

  it('maps the status codes', () => {
    const of = (status: number, extra = {}) =>
      verdictForResponse({ status, body: '', ...extra }, true).kind;
    expect(of(202)).toBe('accepted');
    expect(of(410)).toBe('gone');
    expect(of(500)).toBe('retry');
    expect(of(408)).toBe('retry');
    expect(of(400)).toBe('permanent');
    expect(of(401)).toBe('permanent');
    expect(of(302, { location: 'http://10.0.0.1/' })).toBe('permanent');
    expect(
      verdictForResponse({ status: 301, body: '', location: 'http://x/' }, true),
    ).toMatchObject({ error: expect.stringMatching(/never followed/) });
  });

  it('honours Retry-After on 429 and 503', () => {
    expect(verdictForResponse({ status: 429, body: '', retryAfter: '120' }, true)).toEqual({
      kind: 'retry',
      error: 'the receiver answered 429',
      retryAfterSeconds: 120,
    });
    expect(verdictForResponse({ status: 503, body: '' }, true)).toMatchObject({
      kind: 'retry',
      retryAfterSeconds: undefined,
    });
  });

  it('takes any 2xx for an event without a task (test, notice)', () => {
    expect(verdictForResponse({ status: 204, body: '' }, false)).toMatchObject({
      kind: 'answered',
    });
  });

  it('never retries a target the outbound policy refused', () => {
    expect(verdictForFailure('refused', 'loopback')).toEqual({
      kind: 'permanent',
      error: 'loopback',
    });
    expect(verdictForFailure('timeout', 'slow')).toEqual({ kind: 'retry', error: 'slow' });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:02:00 GMT', now)).toBe(120);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('nextRetryDelaySeconds', () => {
  const schedule = [30, 600, 3600];

  it('follows the schedule with ±20 % jitter and stops when it is used up', () => {
    expect(nextRetryDelaySeconds(schedule, 1, undefined, () => 0)).toBe(24);
    expect(nextRetryDelaySeconds(schedule, 1, undefined, () => 1)).toBe(36);
    expect(nextRetryDelaySeconds(schedule, 3, undefined, () => 0.5)).toBe(3600);
    expect(nextRetryDelaySeconds(schedule, 4)).toBeNull();
  });

  it('never comes back before Retry-After', () => {
    expect(nextRetryDelaySeconds(schedule, 1, 900, () => 0.5)).toBe(900);
    expect(nextRetryDelaySeconds(schedule, 2, 5, () => 0.5)).toBe(600);
  });
});
