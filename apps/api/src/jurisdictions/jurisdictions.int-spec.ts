import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startTestStack, type TestStack } from '../testing/api-stack.js';

// A whole stack: slow on a shared two-core machine.
jest.setTimeout(60_000);

describe('GET /api/jurisdictions', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ worker: false });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('lists the 28 regimes of the packs without a login', async () => {
    const response = await fetch(`${stack.baseUrl}/api/jurisdictions`);
    expect(response.status).toBe(200);
    const regimes = (await response.json()) as Record<string, unknown>[];
    expect(regimes.map((regime) => regime.code)).toEqual([
      'gdpr',
      'uk-gdpr',
      'ccpa',
      'us-va',
      'us-co',
      'us-ct',
      'us-ut',
      'us-tx',
      'us-or',
      'us-mt',
      'us-ia',
      'us-de',
      'us-nh',
      'us-nj',
      'us-tn',
      'us-mn',
      'us-md',
      'us-in',
      'us-ky',
      'us-ri',
      'lgpd',
      'pipeda',
      'quebec-law25',
      'popia',
      'pdpa-sg',
      'appi',
      'fadp',
      'app-au',
    ]);
    expect(regimes.find((regime) => regime.code === 'gdpr')).toEqual({
      code: 'gdpr',
      name: 'GDPR',
      countries: expect.arrayContaining(['DE', 'FR', 'IE', 'NO']),
      rights: ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'],
      answerWithin: { length: 1, unit: 'months' },
      extension: { length: 2, unit: 'months', times: 1 },
      version: expect.stringMatching(/^\d{4}\.\d+$/),
    });
    expect(regimes.find((regime) => regime.code === 'us-va')).toMatchObject({
      countries: ['US'],
      regions: ['US-VA'],
      regionNames: { 'US-VA': 'Virginia' },
      answerWithin: { length: 45, unit: 'days' },
      appealWithin: { length: 60, unit: 'days' },
    });
    expect(regimes.find((regime) => regime.code === 'lgpd')).toMatchObject({
      answerWithin: { length: 15, unit: 'days' },
      extension: null,
    });
  });

  it('takes a residence instead of a jurisdiction at public intake and answers with the policy', async () => {
    const response = await fetch(`${stack.baseUrl}/api/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'access',
        email: 'colorado@example.com',
        residence: { country: 'US', region: 'us-co' },
      }),
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({
      jurisdiction: 'us-co',
      policy: { code: 'us-co', version: expect.stringMatching(/^\d{4}\.\d+$/) },
    });
  });
});
