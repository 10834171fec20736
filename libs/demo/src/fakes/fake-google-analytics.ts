import { createVerify, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const DELETION_SCOPE = 'https://www.googleapis.com/auth/analytics.user.deletion';
const UPSERT_PATH = '/v3/userDeletion/userDeletionRequests:upsert';

export interface FakeServiceAccount {
  email: string;
  publicKey: string;
}

export interface RecordedDeletion {
  type: string;
  userId: string;
  propertyId?: string;
  webPropertyId?: string;
  deletionRequestTime: string;
}

/**
 * A local stand-in for Google's token endpoint (`POST /token`, the JWT bearer grant) and the
 * Analytics User Deletion API (`POST /v3/userDeletion/userDeletionRequests:upsert`). It checks
 * what Google checks that matters to us: the assertion's RS256 signature against the service
 * account's public key, issuer, audience, scope and expiry; the bearer token; the body's shape
 * and the property. Every accepted deletion is recorded for tests and the demo.
 */
export class FakeGoogleAnalytics {
  readonly deletions: RecordedDeletion[] = [];
  readonly refusals: { path: string; status: number; reason: string }[] = [];
  /** Told of every accepted deletion (the demo logs them). */
  onDeletion?: (deletion: RecordedDeletion) => void;
  private readonly tokens = new Set<string>();
  private server?: http.Server;
  private base = '';

  constructor(
    private readonly account: FakeServiceAccount,
    private readonly property: { propertyId?: string; webPropertyId?: string },
  ) {}

  get tokenUrl(): string {
    return `${this.base}/token`;
  }

  get baseUrl(): string {
    return this.base;
  }

  async start(port = 0, host = '127.0.0.1'): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, resolve);
    });
    this.base = `http://${host}:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server!.close(resolve));
  }

  /** Makes every token issued so far unknown, as a revoked grant would. */
  revokeTokens(): void {
    this.tokens.clear();
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const path = (req.url ?? '').split('?')[0];
    const answer = (status: number, payload: unknown, reason?: string) => {
      if (reason) this.refusals.push({ path, status, reason });
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    };
    if (req.method !== 'POST') return answer(405, { error: { code: 405, message: 'POST only' } });
    if (path === '/token') return this.token(body, answer);
    if (path === UPSERT_PATH) return this.upsert(req, body, answer);
    answer(404, { error: { code: 404, message: `no such method ${path}` } }, 'unknown path');
  }

  private token(body: string, answer: (status: number, payload: unknown, reason?: string) => void) {
    const form = new URLSearchParams(body);
    const refuse = (description: string) =>
      answer(400, { error: 'invalid_grant', error_description: description }, description);
    if (form.get('grant_type') !== JWT_BEARER) return refuse('unsupported grant_type');
    const problem = this.assertionProblem(form.get('assertion') ?? '');
    if (problem) return refuse(problem);
    const token = `ya29.fake-${randomBytes(24).toString('base64url')}`;
    this.tokens.add(token);
    answer(200, { access_token: token, token_type: 'Bearer', expires_in: 3599 });
  }

  private assertionProblem(assertion: string): string | null {
    const parts = assertion.split('.');
    if (parts.length !== 3) return 'assertion is not a JWT';
    const [header, claims, signature] = parts;
    const verifier = createVerify('RSA-SHA256');
    verifier.update(`${header}.${claims}`);
    if (!verifier.verify(this.account.publicKey, Buffer.from(signature, 'base64url')))
      return 'Invalid JWT Signature.';
    const decoded = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const algorithm = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')).alg;
    const now = Math.floor(Date.now() / 1000);
    if (algorithm !== 'RS256') return 'alg must be RS256';
    if (decoded.iss !== this.account.email) return 'unknown service account';
    if (decoded.aud !== this.tokenUrl) return 'aud must be the token URL';
    if (
      !String(decoded.scope ?? '')
        .split(' ')
        .includes(DELETION_SCOPE)
    )
      return 'scope must include analytics.user.deletion';
    if (typeof decoded.exp !== 'number' || decoded.exp < now) return 'assertion expired';
    if (typeof decoded.iat !== 'number' || decoded.exp - decoded.iat > 3600)
      return 'assertion lifetime over one hour';
    return null;
  }

  private upsert(
    req: http.IncomingMessage,
    body: string,
    answer: (status: number, payload: unknown, reason?: string) => void,
  ) {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !this.tokens.has(bearer)) {
      const message = 'Request had invalid authentication credentials.';
      return answer(401, { error: { code: 401, message, status: 'UNAUTHENTICATED' } }, message);
    }
    const invalid = (message: string) =>
      answer(400, { error: { code: 400, message, status: 'INVALID_ARGUMENT' } }, message);
    if (!String(req.headers['content-type']).startsWith('application/json'))
      return invalid('content-type must be application/json');
    let request: Record<string, unknown>;
    try {
      request = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return invalid('body is not JSON');
    }
    const id = request.id as { type?: unknown; userId?: unknown } | undefined;
    if (request.kind !== 'analytics#userDeletionRequest')
      return invalid('kind must be analytics#userDeletionRequest');
    if (!id || !['CLIENT_ID', 'USER_ID', 'APP_INSTANCE_ID'].includes(String(id.type)))
      return invalid('id.type must be CLIENT_ID, USER_ID or APP_INSTANCE_ID');
    if (typeof id.userId !== 'string' || !id.userId) return invalid('id.userId is required');
    const { propertyId, webPropertyId } = request as {
      propertyId?: string;
      webPropertyId?: string;
    };
    if (Boolean(propertyId) === Boolean(webPropertyId))
      return invalid('exactly one of propertyId and webPropertyId');
    if (propertyId !== this.property.propertyId || webPropertyId !== this.property.webPropertyId) {
      const message = 'User does not have sufficient permissions for this property.';
      return answer(403, { error: { code: 403, message, status: 'PERMISSION_DENIED' } }, message);
    }
    const deletion: RecordedDeletion = {
      type: String(id.type),
      userId: id.userId,
      ...(propertyId ? { propertyId } : { webPropertyId }),
      deletionRequestTime: new Date().toISOString(),
    };
    this.deletions.push(deletion);
    this.onDeletion?.(deletion);
    const { type, userId, deletionRequestTime, ...property } = deletion;
    answer(200, {
      kind: 'analytics#userDeletionRequest',
      id: { type, userId },
      ...property,
      deletionRequestTime,
    });
  }
}
