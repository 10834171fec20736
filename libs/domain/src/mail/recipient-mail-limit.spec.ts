import { describe, expect, it } from '@jest/globals';
import { isDomainError } from '../errors/domain-error.js';
import {
  recipientMailLimitReached,
  recipientMailWindowStart,
  recipientMayReceive,
} from './recipient-mail-limit.js';

describe('the per-recipient mail limit', () => {
  it('counts a rolling day', () => {
    const now = new Date('2027-02-10T12:00:00Z');
    expect(recipientMailWindowStart(now).toISOString()).toBe('2027-02-09T12:00:00.000Z');
  });

  it('lets mails through up to the limit, not beyond', () => {
    expect(recipientMayReceive(0, 5)).toBe(true);
    expect(recipientMayReceive(4, 5)).toBe(true);
    expect(recipientMayReceive(5, 5)).toBe(false);
    expect(recipientMayReceive(9, 5)).toBe(false);
  });

  it('refuses with a 429-style error that says when to try again', () => {
    const error = recipientMailLimitReached();
    expect(isDomainError(error, 'rate_limited')).toBe(true);
    expect(error.details).toMatchObject({
      retryAfterSeconds: 3600,
      reasonCode: 'recipient_mail_limit',
    });
  });
});
