const NOTIFICATION_RESPONSE = 0x41; // 'A'
const HEADER_BYTES = 5; // type byte + int32 length (which counts itself)

/**
 * Finds NotificationResponse messages in a stream of backend messages that arrives in chunks.
 * PGlite has one session, so a NOTIFY reaches only the client whose statement caused it; the
 * scheduler copies what this finds to the other clients, where LISTEN waits for it (BullMQ's
 * workers wake on it instead of polling).
 */
export class NotificationScanner {
  private readonly header = new Uint8Array(HEADER_BYTES);
  private headerFill = 0;
  private remaining = 0; // body bytes of the current message still to come
  private captured: Uint8Array | null = null;
  private capturedFill = 0;

  constructor(private readonly onNotification: (message: Uint8Array) => void) {}

  feed(chunk: Uint8Array): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.remaining === 0 && this.headerFill < HEADER_BYTES) {
        const take = Math.min(HEADER_BYTES - this.headerFill, chunk.length - offset);
        this.header.set(chunk.subarray(offset, offset + take), this.headerFill);
        this.headerFill += take;
        offset += take;
        if (this.headerFill === HEADER_BYTES) this.startMessage();
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - offset);
      if (this.captured) {
        this.captured.set(chunk.subarray(offset, offset + take), this.capturedFill);
        this.capturedFill += take;
      }
      this.remaining -= take;
      offset += take;
      if (this.remaining === 0) this.endMessage();
    }
  }

  private startMessage(): void {
    const length = new DataView(this.header.buffer).getInt32(1);
    this.remaining = length - 4;
    if (this.header[0] === NOTIFICATION_RESPONSE) {
      this.captured = new Uint8Array(1 + length);
      this.captured.set(this.header);
      this.capturedFill = HEADER_BYTES;
    }
    if (this.remaining === 0) this.endMessage();
  }

  private endMessage(): void {
    if (this.captured) this.onNotification(this.captured);
    this.captured = null;
    this.headerFill = 0;
  }
}
