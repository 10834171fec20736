import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Purposes keep a token for one job from ever passing as another. */
export type TokenPurpose =
  'verification' | 'status' | 'download' | 'callback' | 'session' | 'recipient' | 'clarification';

/** A random token for a link or header: 32 bytes, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a token: an HMAC keyed by the app secret and the purpose. */
export function hashToken(appSecret: string, purpose: TokenPurpose, token: string): string {
  return createHmac('sha256', appSecret).update(`${purpose}:${token}`).digest('hex');
}

/** The shape every token we issue has; anything else is malformed input (400), not unknown (404). */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function constantTimeEqual(left: string, right: string): boolean {
  const a = Buffer.from(left);
  const b = Buffer.from(right);
  return a.length === b.length && timingSafeEqual(a, b);
}
