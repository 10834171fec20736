import type { PGlite } from '@electric-sql/pglite';
import { NotificationScanner } from './notification-scanner.js';

const SYNC = 0x53; // 'S': ends an extended-protocol exchange (Parse … Sync)
const SIMPLE_QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const PROTOCOL_3 = 196608; // the startup message carries no type byte, only this version

interface PendingMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Lends PGlite's single session to one client at a time: from a client's first message until it
 * stands idle again — after a Sync or a simple Query, outside a transaction. pglite-socket's own
 * queue switches clients between any two messages, so one client's Parse could replace another's
 * unnamed statement before its Bind; this keeps every exchange and every transaction whole.
 * It has the shape of pglite-socket's QueryQueueManager, which PGLiteSocketHandler calls.
 * A notification in one client's output is handed to `deliver` for every other started client.
 */
export class SessionScheduler {
  private owner: number | null = null;
  private pending: PendingMessage[] = [];
  private draining = false;
  private readonly started = new Set<number>();

  constructor(
    private readonly db: PGlite,
    private readonly deliver: (message: Uint8Array, recipients: number[]) => void = () => {},
  ) {}

  enqueue(
    handlerId: number,
    message: Uint8Array,
    onData: PendingMessage['onData'],
  ): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending.push({ handlerId, message, onData, resolve, reject });
      void this.drain();
    });
  }

  getQueueLength(): number {
    return this.pending.length;
  }

  /** A client went away: its unsent messages fail. */
  clearQueueForHandler(handlerId: number): void {
    this.started.delete(handlerId);
    for (const message of this.pending.filter((pending) => pending.handlerId === handlerId)) {
      message.reject(new Error('client disconnected'));
    }
    this.pending = this.pending.filter((pending) => pending.handlerId !== handlerId);
  }

  /** A client went away holding the session: its open transaction is rolled back. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (;;) {
        const index =
          this.owner === null ? 0 : this.pending.findIndex((p) => p.handlerId === this.owner);
        if (index < 0 || index >= this.pending.length) return;
        const [next] = this.pending.splice(index, 1);
        this.owner = next.handlerId;
        await this.run(next);
        if (isStartup(next.message)) this.started.add(next.handlerId);
        if (endsExchange(next.message) && !this.db.isInTransaction()) this.owner = null;
      }
    } finally {
      this.draining = false;
    }
  }

  private async run(pending: PendingMessage): Promise<void> {
    let bytes = 0;
    const scanner = new NotificationScanner((notification) => {
      const others = [...this.started].filter((id) => id !== pending.handlerId);
      if (others.length > 0) this.deliver(notification, others);
    });
    try {
      await this.db.runExclusive(() =>
        this.db.execProtocolRawStream(pending.message, {
          onRawData: (data) => {
            bytes += data.length;
            scanner.feed(data);
            pending.onData(data);
          },
        }),
      );
      pending.resolve(bytes);
    } catch (error) {
      pending.reject(error);
    }
  }
}

function endsExchange(message: Uint8Array): boolean {
  const type = message[0];
  return type === SYNC || type === SIMPLE_QUERY || type === TERMINATE || isStartup(message);
}

function isStartup(message: Uint8Array): boolean {
  const view = new DataView(message.buffer, message.byteOffset, message.byteLength);
  return message.byteLength >= 8 && view.getInt32(4) === PROTOCOL_3;
}
