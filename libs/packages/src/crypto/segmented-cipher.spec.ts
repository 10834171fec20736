import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  createDecryptStream,
  createEncryptStream,
  fileMasterKey,
  SEGMENT_BYTES,
} from './segmented-cipher.js';

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const key = fileMasterKey('unit-test-secret-0123456789-0123456789');
const encrypt = (plain: Buffer) => collect(Readable.from([plain]).pipe(createEncryptStream(key)));
const decrypt = (sealed: Buffer, withKey = key) =>
  collect(Readable.from([sealed]).pipe(createDecryptStream(withKey)));

describe('segmented AES-256-GCM', () => {
  it.each([0, 1, SEGMENT_BYTES - 1, SEGMENT_BYTES, SEGMENT_BYTES + 1, 3 * SEGMENT_BYTES + 17])(
    'round-trips %i bytes',
    async (size) => {
      const plain = randomBytes(size);
      const sealed = await encrypt(plain);
      expect(sealed.includes(plain.subarray(0, Math.min(32, size))) && size >= 32).toBe(false);
      expect((await decrypt(sealed)).equals(plain)).toBe(true);
    },
  );

  it('refuses a flipped bit, a truncated file, an appended segment and another key', async () => {
    const sealed = await encrypt(randomBytes(2 * SEGMENT_BYTES + 5));
    const flipped = Buffer.from(sealed);
    flipped[100] = flipped[100]! ^ 1;
    await expect(decrypt(flipped)).rejects.toThrow();
    // Cut at a segment boundary: every remaining segment is authentic, but the last one is missing.
    await expect(decrypt(sealed.subarray(0, 24 + 2 * (4 + SEGMENT_BYTES + 16)))).rejects.toThrow(
      /truncated/,
    );
    await expect(decrypt(Buffer.concat([sealed, sealed.subarray(24)]))).rejects.toThrow();
    await expect(
      decrypt(sealed, fileMasterKey('another-secret-0123456789-0123456789')),
    ).rejects.toThrow();
  });
});
