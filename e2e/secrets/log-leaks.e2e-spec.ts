import { describe, expect, it } from '@jest/globals';
import { findLeaks } from '../support/log-leaks.mjs';

/** The patterns the whole run's log is searched with (e2e/support/run-log-teardown.mjs). */
describe('findLeaks', () => {
  it.each([
    ['an e-mail address', '{"msg":"mail queued for ada.lovelace@example.com"}'],
    ['an argon2 password hash', '{"hash":"$argon2id$v=19$m=19456,t=2,p=1$abc"}'],
    ['a bearer token', '{"authorization":"Bearer 3q2-7wAbCdEfGhIjKlMnOp"}'],
    ['a webhook signing secret', '{"secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}'],
    ['a password field', '{"body":{"email":"x","password":"hunter2-long"}}'],
    ['a link token in a URL', '{"url":"/status?token=Qm9vbUJvb21Cb29tQm9vbQ"}'],
    ['credentials in a URL', '{"url":"postgres://app:s3cret@db.internal:5432/x"}'],
  ])('finds %s', (kind, line) => {
    const leaks = findLeaks(`{"level":40}\n${line}\n`);
    expect(leaks).toContainEqual({ line: 2, kind });
    expect(leaks.every((leak) => leak.line === 2)).toBe(true);
  });

  it('leaves ids, codes, redacted values and addresses without a domain alone', () => {
    const benign = [
      '{"level":40,"requestId":"7f3c2a9e-1b2c-4d5e-8f90-123456789abc","msg":"task failed"}',
      '{"err":{"kind":"QueryFailedError","code":"23505","constraint":"staff_users_email_key"}}',
      '{"req":{"headers":{"authorization":"[Redacted]"}},"password":"***"}',
      '{"msg":"MAIL_FROM is DSAR desk <privacy@localhost>; database postgres@127.0.0.1:5432"}',
    ].join('\n');
    expect(findLeaks(benign)).toEqual([]);
  });
});
