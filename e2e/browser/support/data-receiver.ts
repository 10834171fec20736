import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A connected system on loopback that answers every webhook at once with a found record, the way
 * a newsletter service would (or, `failing`, that it cannot do it, for good); it keeps what it
 * received.
 */
export class AnsweringSystem {
  readonly received: { type: string; headers: http.IncomingHttpHeaders }[] = [];
  private server: http.Server | null = null;

  constructor(private readonly answer: 'found' | 'failing' = 'found') {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
          type: string;
          data?: { identities?: { email?: string[] } };
        };
        this.received.push({ type: body.type, headers: req.headers });
        const email = body.data?.identities?.email?.[0] ?? null;
        res.writeHead(200, { 'content-type': 'application/json' });
        if (this.answer === 'failing') {
          res.end(
            JSON.stringify({ status: 'failed', retryable: false, message: 'account locked' }),
          );
          return;
        }
        res.end(
          JSON.stringify({
            status: 'completed',
            data: { subscriptions: [{ email, list: 'weekly digest', since: '2025-03-01' }] },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/dsar`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
