import yauzl, { type Entry } from 'yauzl';
import type { Readable } from 'node:stream';

export { yauzl };

/** Reads a whole zip stream into `{name: content}` (tests only; packages there are small). */
export async function readZip(stream: Readable): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const zip = await yauzl.fromBufferPromise(Buffer.concat(chunks), { lazyEntries: true });
  const entries = await new Promise<Entry[]>((resolve, reject) => {
    const found: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      found.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(found));
    zip.on('error', reject);
    zip.readEntry();
  });
  const files: Record<string, string> = {};
  for (const entry of entries) {
    const parts: Buffer[] = [];
    for await (const part of await zip.openReadStreamPromise(entry)) parts.push(part as Buffer);
    files[entry.fileName] = Buffer.concat(parts).toString('utf8');
  }
  return files;
}
