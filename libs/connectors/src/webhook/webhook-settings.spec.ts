import { OutboundAddressPolicy } from '@dsar/outbound';
import { completeWebhookSettings, webhookSettingsProblems } from './webhook-settings.js';

describe('webhook settings', () => {
  const policy = new OutboundAddressPolicy([]);

  it('names each bad field with its dotted path', () => {
    expect(webhookSettingsProblems({ url: 'ftp://x', secret: 'nope', extra: 1 }, policy)).toEqual(
      expect.arrayContaining([
        { field: 'settings.secret', message: expect.stringMatching(/whsec_/) },
        { field: 'settings.extra', message: 'is not a known field' },
      ]),
    );
    expect(webhookSettingsProblems({ url: 'ftp://example.com' }, policy)).toEqual([
      { field: 'settings.url', message: 'must use http or https' },
    ]);
    expect(webhookSettingsProblems({ url: 'http://127.0.0.1:8080/' }, policy)[0]!.message).toMatch(
      /loopback/,
    );
    expect(webhookSettingsProblems({ url: 'https://hooks.example.com/dsar' }, policy)).toEqual([]);
  });

  it('generates a secret when none is given and reveals it once', () => {
    const { settings, revealed } = completeWebhookSettings({ url: 'https://hooks.example.com' });
    expect(settings.secret).toMatch(/^whsec_/);
    expect(revealed).toEqual({ secret: settings.secret });
    expect(completeWebhookSettings({ url: 'u', secret: 'whsec_given' }).revealed).toEqual({});
  });
});
