import { createSign } from 'node:crypto';
import type { OutboundHttp } from '@dsar/outbound';
import { PermanentConnectorError } from '@dsar/systems';
import { USER_DELETION_SCOPE, type GoogleAnalyticsSettings } from './google-analytics-settings.js';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** The signed assertion of the OAuth 2.0 JWT bearer grant (RFC 7523), RS256 with node:crypto. */
export function serviceAccountAssertion(
  settings: Pick<GoogleAnalyticsSettings, 'serviceAccountEmail' | 'privateKey' | 'tokenUrl'>,
  now: Date,
): string {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = base64url(
    JSON.stringify({
      iss: settings.serviceAccountEmail,
      scope: USER_DELETION_SCOPE,
      aud: settings.tokenUrl,
      iat: issuedAt,
      exp: issuedAt + 3600,
    }),
  );
  const signer = createSign('RSA-SHA256');
  signer.update(`${header}.${claims}`);
  return `${header}.${claims}.${signer.sign(settings.privateKey).toString('base64url')}`;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/**
 * Access tokens per service account, reused until a minute before they expire, so a request with
 * many client ids costs one token exchange.
 */
export class ServiceAccountTokens {
  private readonly cache = new Map<string, CachedToken>();

  constructor(
    private readonly http: OutboundHttp,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async token(settings: GoogleAnalyticsSettings): Promise<string> {
    const key = `${settings.tokenUrl} ${settings.serviceAccountEmail}`;
    const cached = this.cache.get(key);
    const now = this.clock();
    if (cached && cached.expiresAt - 60_000 > now.getTime()) return cached.token;
    const body = new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      assertion: serviceAccountAssertion(settings, now),
    }).toString();
    const response = await this.http.post(settings.tokenUrl, body, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    if (response.status >= 400 && response.status < 500) {
      throw new PermanentConnectorError(
        `the token endpoint refused the service account (${response.status}): ${errorText(response.body)}`,
      );
    }
    if (response.status !== 200) throw new Error(`token endpoint answered ${response.status}`);
    const answer = JSON.parse(response.body) as { access_token?: unknown; expires_in?: unknown };
    if (typeof answer.access_token !== 'string')
      throw new Error('the token endpoint answered without an access_token');
    const lifetime = typeof answer.expires_in === 'number' ? answer.expires_in : 3600;
    this.cache.set(key, {
      token: answer.access_token,
      expiresAt: now.getTime() + lifetime * 1000,
    });
    return answer.access_token;
  }

  forget(settings: GoogleAnalyticsSettings): void {
    this.cache.delete(`${settings.tokenUrl} ${settings.serviceAccountEmail}`);
  }
}

/** Google's error bodies: `{error: "invalid_grant", error_description}` or `{error: {message}}`. */
export function errorText(body: string): string {
  try {
    const parsed = JSON.parse(body) as {
      error?: string | { message?: string };
      error_description?: string;
    };
    if (typeof parsed.error === 'string')
      return [parsed.error, parsed.error_description].filter(Boolean).join(': ');
    if (parsed.error?.message) return parsed.error.message;
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.slice(0, 200);
}
