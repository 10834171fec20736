import { Readable } from 'node:stream';
import type { SmtpSink } from '@dsar/testing';
import { readZip } from '@dsar/testing';

export interface TaskView {
  id: string;
  systemName: string;
  action: string;
  state: string;
  note?: string | null;
  identitiesToUse?: Record<string, string[]>;
  result: { outcome: string; retained?: { what: string; basis: string; until: string }[] } | null;
}

/** Where the product answers and where its mail arrives. */
export interface RunningProduct {
  baseUrl: string;
  smtp: SmtpSink;
}

/** The public and staff APIs as a subject and an officer use them, over real HTTP. */
export class ScenarioClient {
  private token = '';

  constructor(private readonly stack: RunningProduct) {}

  async signIn(email: string, password: string): Promise<void> {
    const body = await this.call<{ token: string }>('POST', '/api/auth/login', { email, password });
    this.token = body.token;
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.stack.baseUrl}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** Submits as the subject, verifies through the mailed link; returns the request's id. */
  async submitVerified(
    type: string,
    email: string,
    corrections?: { field: string; value: string }[],
  ): Promise<string> {
    const { reference } = await this.call<{ reference: string }>('POST', '/api/requests', {
      type,
      email,
      name: 'Ada Lovelace',
      jurisdiction: 'gdpr',
      ...(corrections ? { corrections } : {}),
    });
    const mail = await this.stack.smtp.waitFor(
      (m) => m.to.includes(email) && m.text.includes(reference) && /verify\?token=/.test(m.text),
    );
    const token = /verify\?token=([A-Za-z0-9_.-]+)/.exec(mail.text)![1];
    await this.call('POST', '/api/requests/verify', { token });
    const filter = encodeURIComponent(JSON.stringify({ reference }));
    const [request] = await this.call<{ id: string }[]>(
      'GET',
      `/api/admin/requests?filter=${filter}`,
    );
    return request.id;
  }

  async request(
    id: string,
  ): Promise<{ reference: string; status: string; identities: Record<string, string[]> }> {
    return this.call('GET', `/api/admin/requests/${id}`);
  }

  async tasks(requestId: string): Promise<TaskView[]> {
    const filter = encodeURIComponent(JSON.stringify({ requestId }));
    return this.call('GET', `/api/admin/tasks?filter=${filter}&range=[0,99]`);
  }

  /** Polls Postgres-backed state until `check` passes (no sleeping on a guess). */
  async until<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const value = await read();
      if (check(value)) return value;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** Staff record the outcome of every task waiting for them (e-mail processors, manual). */
  /** `note` is internal; `subjectNote`, when given, is what the subject reads. */
  async completeWaitingTasks(
    requestId: string,
    note: string,
    subjectNote?: string,
  ): Promise<string[]> {
    const waiting = await this.until(
      () => this.tasks(requestId),
      (tasks) => tasks.every((task) => task.state !== 'queued' && task.state !== 'running'),
      'tasks to settle',
    );
    const done: string[] = [];
    for (const task of waiting.filter(
      (t) => t.state === 'waiting' && !/Newsletter/.test(t.systemName),
    )) {
      await this.call('POST', `/api/admin/tasks/${task.id}/complete`, {
        outcome: 'completed',
        note,
        ...(subjectNote ? { subjectNote } : {}),
      });
      done.push(task.systemName);
    }
    return done;
  }

  async package(requestId: string): Promise<Record<string, string>> {
    const response = await fetch(`${this.stack.baseUrl}/api/admin/requests/${requestId}/package`, {
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (!response.ok) throw new Error(`package → ${response.status}: ${await response.text()}`);
    return readZip(Readable.fromWeb(response.body! as never));
  }
}
