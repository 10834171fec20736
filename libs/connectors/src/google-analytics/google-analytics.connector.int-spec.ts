import { generateKeyPairSync } from 'node:crypto';
import { FakeGoogleAnalytics } from '@dsar/demo';
import { PermanentConnectorError, type TaskContext } from '@dsar/systems';
import { GoogleAnalyticsConnector } from './google-analytics.connector.js';

const keys = () =>
  generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });

describe('GoogleAnalyticsConnector against the local fake of Google', () => {
  const account = keys();
  const email = 'dsar@flatris-analytics.iam.gserviceaccount.com';
  const fake = new FakeGoogleAnalytics(
    { email, publicKey: account.publicKey },
    { propertyId: '314159265' },
  );
  const connector = new GoogleAnalyticsConnector({ outboundAllowlist: ['127.0.0.1'] });
  let settings: Record<string, unknown>;

  beforeAll(async () => {
    await fake.start();
    settings = {
      serviceAccountEmail: email,
      privateKey: account.privateKey,
      propertyId: '314159265',
      baseUrl: fake.baseUrl,
      tokenUrl: fake.tokenUrl,
    };
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.deletions.length = 0;
    fake.refusals.length = 0;
  });

  const context = (
    action: TaskContext['action'],
    identities: TaskContext['identities'],
    systemSettings = settings,
  ): TaskContext => ({
    requestId: 'r1',
    taskId: 't1',
    action,
    identities,
    corrections: [],
    dueAt: new Date('2026-12-31'),
    attempt: 1,
    system: {
      id: 's1',
      name: 'Google Analytics',
      kind: 'google_analytics',
      settings: systemSettings,
      identityTypes: ['analytics_client_id'],
      categories: ['user.device.cookie_id'],
      recipients: [],
      enabled: true,
      purposes: [],
      legalBases: [],
      retention: null,
      source: null,
      transfers: [],
      automatedDecisions: null,
      actions: ['access', 'erasure', 'rectification'],
    },
    sink: { write: async () => undefined },
  });

  it('sends one upsert per client id, with the property and the bearer token', async () => {
    const result = await connector.execute(
      context('erasure', {
        email: ['ada@example.com'],
        user_id: ['42'],
        analytics_client_id: ['1111.2222', '3333.4444'],
      }),
    );
    expect(result).toMatchObject({ outcome: 'completed', counts: { found: 2, deleted: 2 } });
    expect(
      fake.deletions.map(({ type, userId, propertyId }) => ({ type, userId, propertyId })),
    ).toEqual([
      { type: 'CLIENT_ID', userId: '1111.2222', propertyId: '314159265' },
      { type: 'CLIENT_ID', userId: '3333.4444', propertyId: '314159265' },
    ]);
    expect(fake.refusals).toEqual([]);
  });

  it('adds USER_ID deletions only when the property uses User-ID', async () => {
    await connector.execute(
      context(
        'erasure',
        { user_id: ['42'], analytics_client_id: ['1.2'] },
        {
          ...settings,
          deleteUserIds: true,
        },
      ),
    );
    expect(fake.deletions.map((d) => `${d.type}:${d.userId}`)).toEqual([
      'CLIENT_ID:1.2',
      'USER_ID:42',
    ]);
  });

  it('finds nothing to delete without a client id, and skips access with the reason', async () => {
    await expect(
      connector.execute(context('erasure', { email: ['a@b.co'] })),
    ).resolves.toMatchObject({
      outcome: 'not_found',
    });
    await expect(
      connector.execute(context('access', { analytics_client_id: ['1.2'] })),
    ).resolves.toMatchObject({
      outcome: 'skipped',
      note: expect.stringContaining('no API for access'),
    });
    expect(fake.deletions).toEqual([]);
  });

  it('is refused by the token endpoint when the key does not belong to the account', async () => {
    const stranger = keys();
    const attempt = connector.execute(
      context(
        'erasure',
        { analytics_client_id: ['1.2'] },
        {
          ...settings,
          privateKey: stranger.privateKey,
          serviceAccountEmail: 'other@flatris-analytics.iam.gserviceaccount.com',
        },
      ),
    );
    await expect(attempt).rejects.toThrow(PermanentConnectorError);
    await expect(attempt).rejects.toThrow(/Invalid JWT Signature/);
    expect(fake.deletions).toEqual([]);
  });

  it('is refused by the API with a bad bearer token (and fetches a fresh one once)', async () => {
    const fresh = new GoogleAnalyticsConnector({ outboundAllowlist: ['127.0.0.1'] });
    type Post = (url: string, body: string, headers: Record<string, string>) => Promise<unknown>;
    const http = (fresh as unknown as { http: { post: Post } }).http;
    const realPost = http.post.bind(http);
    // A token endpoint that hands out a token the API does not know.
    http.post = async (url, body, headers) =>
      String(url).endsWith('/token')
        ? {
            status: 200,
            headers: {},
            body: '{"access_token":"ya29.forged","expires_in":3600}',
            latencyMs: 1,
          }
        : realPost(url, body, headers);
    const attempt = fresh.execute(context('erasure', { analytics_client_id: ['1.2'] }));
    await expect(attempt).rejects.toThrow(/answered 401: Request had invalid authentication/);
    expect(fake.refusals.map((r) => r.status)).toEqual([401, 401]);
    expect(fake.deletions).toEqual([]);
  });

  it('refuses a loopback endpoint unless the outbound allowlist names it', async () => {
    const closed = new GoogleAnalyticsConnector({ outboundAllowlist: [] });
    await expect(
      closed.execute(context('erasure', { analytics_client_id: ['1.2'] })),
    ).rejects.toThrow(/OUTBOUND_ALLOWLIST/);
  });

  it('names bad settings by field and keeps the private key secret', () => {
    expect(connector.secretSettings).toEqual(['privateKey']);
    expect(
      connector.validateSettings({ serviceAccountEmail: 'x', privateKey: 'nope', extra: 1 }),
    ).toEqual(
      expect.arrayContaining([
        { field: 'settings.serviceAccountEmail', message: 'must be the service account e-mail' },
        { field: 'settings.privateKey', message: 'must be a PEM private key' },
        { field: 'settings.extra', message: 'is not a known field' },
      ]),
    );
    expect(connector.validateSettings(settings)).toEqual([]);
  });
});
