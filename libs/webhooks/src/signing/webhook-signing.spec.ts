import { Webhook } from 'standardwebhooks';
import {
  generateWebhookSecret,
  isWebhookSecret,
  newWebhookId,
  signWebhook,
  verifyWebhook,
} from './webhook-signing.js';

describe('Standard Webhooks signing', () => {
  const current = generateWebhookSecret();
  const previous = generateWebhookSecret();
  const body = JSON.stringify({
    type: 'dsar.test',
    timestamp: '2026-01-01T00:00:00.000Z',
    data: {},
  });

  it('generates whsec_ secrets and msg_ ids', () => {
    expect(isWebhookSecret(current)).toBe(true);
    expect(isWebhookSecret('whsec_')).toBe(false);
    expect(newWebhookId()).toMatch(/^msg_[0-9a-f]{32}$/);
  });

  it('signs with every valid secret so either verifies (rotation overlap)', () => {
    const headers = signWebhook('msg_1', body, [current, previous]);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(current).verify(body, headers as never)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers as never)).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers as never)).toThrow();
  });

  it('verifies against any valid secret and says why it refuses', () => {
    const headers = signWebhook('msg_2', body, [previous]);
    expect(verifyWebhook(body, headers, [current, previous])).toBeNull();
    expect(verifyWebhook(body, headers, [current])).toBe('bad_signature');
    expect(verifyWebhook(`${body} `, headers, [previous])).toBe('bad_signature');
    expect(verifyWebhook(body, {}, [previous])).toBe('unsigned');
    const old = signWebhook('msg_3', body, [previous], new Date(Date.now() - 6 * 60_000));
    expect(verifyWebhook(body, old, [previous])).toBe('late');
  });
});
