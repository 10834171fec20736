import { NotificationScanner } from './notification-scanner.js';

function message(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(5 + body.length);
  out[0] = type.charCodeAt(0);
  new DataView(out.buffer).setInt32(1, 4 + body.length);
  out.set(body, 5);
  return out;
}

function notification(channel: string, payload: string): Uint8Array {
  const text = new TextEncoder().encode(`${channel}\0${payload}\0`);
  const body = new Uint8Array(4 + text.length);
  new DataView(body.buffer).setInt32(0, 42);
  body.set(text, 4);
  return message('A', body);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

describe('NotificationScanner', () => {
  const dataRow = message('D', new Uint8Array(300).fill(0x41));
  const ready = message('Z', new TextEncoder().encode('I'));
  const parseComplete = message('1', new Uint8Array(0));
  const notice = notification('bullmq_jobs', 'mail');
  const stream = concat(parseComplete, dataRow, notice, dataRow, ready);

  it('finds a notification among other messages, the stream whole', () => {
    const found: Uint8Array[] = [];
    new NotificationScanner((m) => found.push(m)).feed(stream);
    expect(found).toEqual([notice]);
  });

  it('finds it whatever the chunk boundaries', () => {
    for (const size of [1, 2, 3, 5, 7, 64, 301]) {
      const found: Uint8Array[] = [];
      const scanner = new NotificationScanner((m) => found.push(m));
      for (let offset = 0; offset < stream.length; offset += size) {
        scanner.feed(stream.subarray(offset, offset + size));
      }
      expect([size, found]).toEqual([size, [notice]]);
    }
  });

  it('finds none where there is none, even when a row holds the letter A', () => {
    const found: Uint8Array[] = [];
    new NotificationScanner((m) => found.push(m)).feed(concat(dataRow, ready));
    expect(found).toEqual([]);
  });
});
