import { describe, expect, it } from '@jest/globals';
import { linkTokenRefusal, SUBJECT_LINKS } from './link-token-verdict.js';

describe('the link-token verdict', () => {
  it.each(SUBJECT_LINKS)('%s: malformed 400, unknown 404, used or expired 410', (link) => {
    const malformed = linkTokenRefusal(link, 'malformed');
    expect(malformed.code).toBe('invalid_input');
    expect(malformed.details?.errors).toEqual([
      { field: 'token', message: 'is not a token we issue' },
    ]);
    expect(linkTokenRefusal(link, 'unknown')?.code).toBe('not_found');
    expect(linkTokenRefusal(link, 'used')?.code).toBe('gone');
    expect(linkTokenRefusal(link, 'expired')?.code).toBe('gone');
    expect(linkTokenRefusal(link, 'expired')?.details?.reasonCode).toBe('token_expired');
  });

  it('names the link and where to get a fresh one', () => {
    expect(linkTokenRefusal('verification', 'unknown')?.message).toBe(
      'This verification link is not known',
    );
    expect(linkTokenRefusal('download', 'expired')?.message).toBe(
      'This download link has expired; ask for a fresh one from your status page',
    );
  });
});
