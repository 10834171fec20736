import { DomainError } from '../errors/domain-error.js';

/**
 * No more than `mailsPerRecipientPerDay` mails (a setting) to one address in a rolling day, so
 * nobody mail-bombs a third party through our forms. The count is of mails recorded for that
 * address since `recipientMailWindowStart(now)`; suppressed mails do not count.
 */
export const RECIPIENT_MAIL_WINDOW_MS = 24 * 3600_000;

/** When a refused sender may try again (the window rolls; an hour is an honest hint). */
export const RECIPIENT_MAIL_RETRY_AFTER_SECONDS = 3600;

export function recipientMailWindowStart(now: Date): Date {
  return new Date(now.getTime() - RECIPIENT_MAIL_WINDOW_MS);
}

/** May one more mail go to an address that had `sentInWindow` mails in the window? */
export function recipientMayReceive(
  sentInWindow: number,
  mailsPerRecipientPerDay: number,
): boolean {
  return sentInWindow < mailsPerRecipientPerDay;
}

/** The 429 a caller answers when the address had its mails for the day. */
export function recipientMailLimitReached(): DomainError {
  return new DomainError(
    'rate_limited',
    'Too many mails to this e-mail address today; try again tomorrow',
    { retryAfterSeconds: RECIPIENT_MAIL_RETRY_AFTER_SECONDS, reasonCode: 'recipient_mail_limit' },
  );
}
