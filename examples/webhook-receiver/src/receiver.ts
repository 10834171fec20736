import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { CustomerStore } from './customer-store.js';

/** The event the back-office sends (docs/webhooks.md, "The event"). */
export interface DsarEvent {
  type: string;
  timestamp: string;
  data: {
    requestId: string;
    taskId: string;
    action:
      | 'access'
      | 'erasure'
      | 'rectification'
      | 'portability'
      | 'restriction'
      | 'objection'
      | 'opt_out'
      | 'limit_sensitive';
    identities: Record<string, string[]>;
    corrections?: { field: string; value: string }[];
    dueAt: string;
    callbackUrl: string;
    callbackToken: string;
  };
}

export interface Answer {
  status: 'completed' | 'not_found' | 'failed';
  data?: Record<string, unknown[]>;
  message?: string;
  retryable?: boolean;
}

export interface ReceiverOptions {
  /** The `whsec_…` secret shown once when the system was registered. */
  secret: string;
  /** `sync` answers in the response; `async` answers 202 and calls back. */
  mode: 'sync' | 'async';
  store: CustomerStore;
  /** How long the async mode works before calling back (milliseconds). */
  callbackDelayMs?: number;
}

/**
 * The data categories this system can correct, and the field of its rows that holds each.
 * Corrections are named by category (`user.contact.email`); others (a phone) are not held here.
 */
const CORRECTABLE_FIELDS: Record<string, string> = {
  'user.contact.email': 'email',
  'user.name': 'name',
};

/** What this system does for each event: find, erase or correct the person's rows. */
export function handle(event: DsarEvent, store: CustomerStore): Answer {
  const emails = (event.data.identities.email ?? []).map((email) => email.toLowerCase());
  if (event.data.action === 'access' || event.data.action === 'portability') {
    const data = store.find(emails);
    return Object.keys(data).length ? { status: 'completed', data } : { status: 'not_found' };
  }
  if (event.data.action !== 'erasure' && event.data.action !== 'rectification') {
    // Restriction, objection, opt-outs: this system flags the person's rows (here: says so).
    return Object.keys(store.find(emails)).length
      ? { status: 'completed', message: `${event.data.action} recorded` }
      : { status: 'not_found' };
  }
  if (event.data.action === 'erasure') {
    return store.erase(emails) > 0 ? { status: 'completed' } : { status: 'not_found' };
  }
  const changes = correctionsByField(event.data.corrections ?? []);
  return store.correct(emails, changes) > 0 ? { status: 'completed' } : { status: 'not_found' };
}

function correctionsByField(corrections: { field: string; value: string }[]) {
  const changes: Record<string, string> = {};
  for (const { field, value } of corrections) {
    const column = CORRECTABLE_FIELDS[field];
    // E-mails are matched lower-cased, so a corrected one is stored the same way.
    if (column) changes[column] = column === 'email' ? value.trim().toLowerCase() : value;
  }
  return changes;
}

/** Step 4 of the docs: the callback, signed with the same secret, carrying the task's token. */
export async function sendCallback(
  secret: string,
  event: DsarEvent,
  answer: Answer,
): Promise<number> {
  const body = JSON.stringify(answer);
  const id = `msg_${randomUUID()}`;
  const timestamp = new Date();
  const response = await fetch(event.data.callbackUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${event.data.callbackToken}`,
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign(id, timestamp, body),
    },
    body,
  });
  return response.status;
}

/**
 * A connected system written from docs/webhooks.md: verify, de-duplicate on webhook-id, answer
 * at once or with 202 and a signed callback.
 */
export class WebhookReceiver {
  readonly seen = new Map<string, Answer | 'accepted'>();
  readonly events: DsarEvent[] = [];
  readonly callbacks: Promise<number>[] = [];
  rejected = 0;
  private server: http.Server | null = null;
  private readonly webhook: Webhook;

  constructor(private readonly options: ReceiverOptions) {
    this.webhook = new Webhook(options.secret);
  }

  async start(port = 0): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => this.onRequest(req, Buffer.concat(chunks).toString('utf8'), res));
    });
    // A taken port rejects (EADDRINUSE) instead of crashing the process that embeds it.
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', resolve);
    });
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/dsar`;
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.callbacks);
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }

  private onRequest(req: http.IncomingMessage, body: string, res: http.ServerResponse): void {
    let event: DsarEvent;
    try {
      // Step 1: verify the exact bytes received; a bad or old signature is refused.
      event = this.webhook.verify(body, req.headers as Record<string, string>) as DsarEvent;
    } catch {
      this.rejected += 1;
      res.writeHead(401).end();
      return;
    }
    // Step 2: de-duplicate on webhook-id: a retry of a handled message gets the same answer.
    const id = String(req.headers['webhook-id']);
    const earlier = this.seen.get(id);
    if (earlier) {
      reply(res, earlier);
      return;
    }
    this.events.push(event);
    if (
      event.type === 'dsar.test' ||
      event.type === 'dsar.recipient.notice' ||
      event.type === 'dsar.restriction.lifted' ||
      event.type === 'dsar.request.cancelled'
    ) {
      this.seen.set(id, { status: 'completed' });
      reply(res, { status: 'completed' });
      return;
    }
    if (this.options.mode === 'sync') {
      const answer = handle(event, this.options.store);
      this.seen.set(id, answer);
      reply(res, answer);
      return;
    }
    // Step 3 (async): acknowledge now, work later, then call back.
    this.seen.set(id, 'accepted');
    reply(res, 'accepted');
    this.callbacks.push(
      new Promise<void>((resolve) => setTimeout(resolve, this.options.callbackDelayMs ?? 50)).then(
        () => sendCallback(this.options.secret, event, handle(event, this.options.store)),
      ),
    );
  }
}

function reply(res: http.ServerResponse, answer: Answer | 'accepted'): void {
  if (answer === 'accepted') {
    res.writeHead(202).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
}
