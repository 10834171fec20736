import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A small seeded generator (mulberry32): the same seed gives the same run of failures. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ReceiverOdds {
  /** Share of deliveries answered 500, before any work. */
  fail: number;
  /** Share of deliveries whose work is done but whose answer never comes (the sender times out). */
  timeout: number;
}

/**
 * A connected system that behaves like a busy one: it fails some deliveries, does the work of
 * some and never answers them, and answers the rest. Like a well-behaved receiver it does the
 * work of one `webhook-id` once; what it counts is how many different `webhook-id`s did work for
 * each subject — more than one means the product asked twice for one change.
 */
export class ChaosReceiver {
  readonly deliveries = new Map<string, number>();
  /** Subject e-mail → the webhook-ids whose work was applied. */
  readonly effects = new Map<string, Set<string>>();
  private server: http.Server | null = null;
  private readonly open = new Set<http.ServerResponse>();
  private readonly random: () => number;

  constructor(
    private readonly odds: ReceiverOdds,
    seed: number,
  ) {
    this.random = seededRandom(seed);
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      // A sender killed mid-request resets the connection: that is the chaos, not a failure.
      req.on('error', () => undefined);
      res.on('error', () => undefined);
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const webhookId = String(req.headers['webhook-id'] ?? '');
    this.deliveries.set(webhookId, (this.deliveries.get(webhookId) ?? 0) + 1);
    const event = JSON.parse(body) as { data?: { identities?: { email?: string[] } } };
    const email = event.data?.identities?.email?.[0];
    const roll = this.random();
    if (roll < this.odds.fail || !email) {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"busy"}');
      return;
    }
    const applied = this.effects.get(email) ?? new Set<string>();
    applied.add(webhookId);
    this.effects.set(email, applied);
    if (roll < this.odds.fail + this.odds.timeout) {
      this.open.add(res); // done, but the answer never leaves
      res.on('close', () => this.open.delete(res));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"completed"}');
  }

  async stop(): Promise<void> {
    for (const res of this.open) res.destroy();
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}
