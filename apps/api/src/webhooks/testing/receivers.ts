import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  id: string;
  verified: boolean;
  body: string;
  headers: Record<string, string>;
}

/**
 * A loopback receiver for one failure mode. Every request is checked with `standardwebhooks`, so
 * a test can assert that what arrived was signed with the secret it holds.
 */
export class ScriptedReceiver {
  readonly received: Received[] = [];
  private server: http.Server | null = null;
  private readonly open = new Set<http.ServerResponse>();

  constructor(
    private secrets: string[],
    private readonly script: (attempt: number, res: http.ServerResponse) => void,
    private readonly host = '127.0.0.1',
  ) {}

  useSecrets(secrets: string[]): void {
    this.secrets = secrets;
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const verified = this.secrets.some((secret) => {
          try {
            new Webhook(secret).verify(body, req.headers as Record<string, string>);
            return true;
          } catch {
            return false;
          }
        });
        this.received.push({
          id: String(req.headers['webhook-id']),
          verified,
          body,
          headers: req.headers as Record<string, string>,
        });
        this.open.add(res);
        res.on('close', () => this.open.delete(res));
        this.script(this.received.length, res);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, this.host, resolve));
    return `http://${this.host}:${(this.server.address() as AddressInfo).port}/hook`;
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}

export const answer = (
  res: http.ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
) =>
  res
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(body === undefined ? undefined : JSON.stringify(body));
