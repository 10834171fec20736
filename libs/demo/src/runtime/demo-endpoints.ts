import { createHmac, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@dsar/config';

export const DEMO_GA_PROPERTY_ID = '314159265';
export const DEMO_SERVICE_ACCOUNT = 'dsar-demo@flatris-analytics.iam.gserviceaccount.com';

/** Where the demo's own receivers listen: next to the api's port, on loopback only. */
export function demoPorts(config: Pick<AppConfig, 'port'>): { google: number; newsletter: number } {
  return config.port === 0
    ? { google: 0, newsletter: 0 }
    : { google: config.port + 1, newsletter: config.port + 2 };
}

/**
 * The demo's Google service account, as the JSON key file Google hands out, kept under DATA_DIR
 * so the fake token endpoint and the registered system agree across restarts.
 */
export function demoServiceAccount(dataDir: string): {
  email: string;
  privateKey: string;
  publicKey: string;
} {
  const path = join(dataDir, 'demo', 'google-service-account.json');
  if (!existsSync(path)) {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    mkdirSync(join(dataDir, 'demo'), { recursive: true });
    const keyFile = {
      type: 'service_account',
      client_email: DEMO_SERVICE_ACCOUNT,
      private_key: privateKey,
    };
    writeFileSync(path, JSON.stringify(keyFile, null, 2), { mode: 0o600 });
  }
  const keyFile = JSON.parse(readFileSync(path, 'utf8')) as {
    client_email: string;
    private_key: string;
  };
  return {
    email: keyFile.client_email,
    privateKey: keyFile.private_key,
    publicKey: createPublicKey(keyFile.private_key)
      .export({ type: 'spki', format: 'pem' })
      .toString(),
  };
}

/** The newsletter receiver's `whsec_…` secret, derived from APP_SECRET so restarts agree. */
export function demoWebhookSecret(appSecret: string): string {
  const key = createHmac('sha256', appSecret).update('demo newsletter webhook secret').digest();
  return `whsec_${key.toString('base64')}`;
}

/**
 * The loopback addresses the demo's receivers use. OUTBOUND_ALLOWLIST must name them for the
 * connectors to reach them; `withDemoAllowlist` adds them when the demo is seeded.
 */
export const DEMO_LOOPBACK = '127.0.0.1';

export function withDemoAllowlist<T extends Pick<AppConfig, 'seedDemo' | 'outboundAllowlist'>>(
  config: T,
): T {
  if (!config.seedDemo || config.outboundAllowlist.includes(DEMO_LOOPBACK)) return config;
  return { ...config, outboundAllowlist: [...config.outboundAllowlist, DEMO_LOOPBACK] };
}
