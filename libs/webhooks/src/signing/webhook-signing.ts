import { randomBytes } from 'node:crypto';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

/** A fresh `whsec_…` secret: 32 random bytes, base64 (the Standard Webhooks secret format). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

export function isWebhookSecret(value: unknown): value is string {
  return typeof value === 'string' && /^whsec_[A-Za-z0-9+/]{22,}={0,2}$/.test(value);
}

/** A Standard Webhooks message id; it stays the same on every attempt of one message. */
export function newWebhookId(): string {
  return `msg_${randomBytes(16).toString('hex')}`;
}

export type SignedHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

/**
 * Signs with every valid secret (the current one, and the previous one during a rotation): the
 * signatures are space-separated, so a receiver holding either secret verifies the message.
 */
export function signWebhook(
  webhookId: string,
  body: string,
  secrets: readonly string[],
  at: Date = new Date(),
): SignedHeaders {
  if (secrets.length === 0) throw new Error('no signing secret');
  const signature = secrets
    .map((secret) => new Webhook(secret).sign(webhookId, at, body))
    .join(' ');
  return {
    'webhook-id': webhookId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signature,
  };
}

export type VerifyFailure = 'unsigned' | 'late' | 'bad_signature';

/**
 * Verifies a signed body against any of the valid secrets with `standardwebhooks` (which also
 * refuses timestamps more than five minutes old or ahead). Returns null when it verifies.
 */
export function verifyWebhook(
  body: string,
  headers: Record<string, string | undefined>,
  secrets: readonly string[],
): VerifyFailure | null {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signature = headers['webhook-signature'];
  if (!id || !timestamp || !signature) return 'unsigned';
  let failure: VerifyFailure = 'bad_signature';
  for (const secret of secrets) {
    try {
      new Webhook(secret).verify(body, {
        'webhook-id': id,
        'webhook-timestamp': timestamp,
        'webhook-signature': signature,
      });
      return null;
    } catch (error) {
      if (
        error instanceof WebhookVerificationError &&
        /timestamp too (old|new)/i.test(error.message)
      ) {
        failure = 'late';
      }
    }
  }
  return failure;
}
