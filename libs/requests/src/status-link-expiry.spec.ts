import { describe, expect, it } from '@jest/globals';
import { statusLinkExpired, statusLinkExpiresAt } from './status-link-expiry.js';

const closed = new Date('2026-01-10T12:00:00Z');

describe('status link expiry', () => {
  it('keeps the link of an open request', () => {
    expect(statusLinkExpiresAt(null, 90)).toBeNull();
    expect(statusLinkExpired(null, 1, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });

  it('ends the link the given number of days after the request closed', () => {
    expect(statusLinkExpiresAt(closed, 90)).toEqual(new Date('2026-04-10T12:00:00Z'));
    expect(statusLinkExpired(closed, 90, new Date('2026-04-10T11:59:59Z'))).toBe(false);
    expect(statusLinkExpired(closed, 90, new Date('2026-04-10T12:00:00Z'))).toBe(true);
  });
});
