import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Streaming AES-256-GCM in authenticated segments (the STREAM construction): a file is a header
 * (magic + random salt) and segments of at most 64 KiB, each sealed with its own tag, its index in
 * the nonce and a "last" flag in the associated data. Every byte is authenticated before it is
 * released, and a truncated, reordered or extended file is refused. The per-file key is derived
 * from the app secret and the file's salt, so nonces never repeat across files.
 */
const MAGIC = Buffer.from('DSARENC1');
const SALT_BYTES = 16;
const HEADER_BYTES = MAGIC.length + SALT_BYTES;
const TAG_BYTES = 16;
export const SEGMENT_BYTES = 64 * 1024;

function fileKey(masterKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, salt, 'dsar-file-segment', 32));
}

function nonce(index: number): Buffer {
  const value = Buffer.alloc(12);
  value.writeUIntBE(index, 6, 6);
  return value;
}

function aad(header: Buffer, last: boolean): Buffer {
  return Buffer.concat([header, Buffer.from([last ? 1 : 0])]);
}

/** Master key for files, derived once from the app secret. */
export function fileMasterKey(appSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, 'dsar-files', 'file-master-key', 32));
}

export function createEncryptStream(masterKey: Buffer): Transform {
  const salt = randomBytes(SALT_BYTES);
  const header = Buffer.concat([MAGIC, salt]);
  const key = fileKey(masterKey, salt);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let index = 0;
  let headerSent = false;

  const seal = (plain: Buffer, last: boolean): Buffer => {
    const cipher = createCipheriv('aes-256-gcm', key, nonce(index++));
    cipher.setAAD(aad(header, last));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(plain.length);
    return Buffer.concat([length, body, cipher.getAuthTag()]);
  };

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (!headerSent) {
        this.push(header);
        headerSent = true;
      }
      pending.push(chunk);
      pendingBytes += chunk.length;
      // Full segments go out as they fill; the rest waits for more data or the end.
      if (pendingBytes > SEGMENT_BYTES) {
        let all = Buffer.concat(pending);
        while (all.length > SEGMENT_BYTES) {
          this.push(seal(all.subarray(0, SEGMENT_BYTES), false));
          all = all.subarray(SEGMENT_BYTES);
        }
        pending = [all];
        pendingBytes = all.length;
      }
      callback();
    },
    flush(callback: TransformCallback) {
      if (!headerSent) this.push(header);
      // The last segment is the only one shorter than a full segment (possibly empty).
      const rest = Buffer.concat(pending);
      if (rest.length === SEGMENT_BYTES) {
        this.push(seal(rest, false));
        this.push(seal(Buffer.alloc(0), true));
      } else {
        this.push(seal(rest, true));
      }
      pending = [];
      callback();
    },
  });
}

export function createDecryptStream(masterKey: Buffer): Transform {
  let buffered: Buffer = Buffer.alloc(0);
  let header: Buffer | null = null;
  let key: Buffer | null = null;
  let index = 0;
  let finished = false;

  const open = (length: number, body: Buffer, tag: Buffer, last: boolean): Buffer => {
    const decipher = createDecipheriv('aes-256-gcm', key!, nonce(index));
    decipher.setAAD(aad(header!, last));
    decipher.setAuthTag(tag);
    const plain = Buffer.concat([decipher.update(body), decipher.final()]);
    if (plain.length !== length) throw new Error('encrypted file: segment length mismatch');
    index += 1;
    return plain;
  };

  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      try {
        buffered = buffered.length ? Buffer.concat([buffered, chunk]) : chunk;
        if (!header) {
          if (buffered.length < HEADER_BYTES) return callback();
          header = Buffer.from(buffered.subarray(0, HEADER_BYTES));
          if (!header.subarray(0, MAGIC.length).equals(MAGIC))
            throw new Error('not an encrypted file');
          key = fileKey(masterKey, header.subarray(MAGIC.length));
          buffered = buffered.subarray(HEADER_BYTES);
        }
        for (;;) {
          if (buffered.length < 4) break;
          const length = buffered.readUInt32BE(0);
          const total = 4 + length + TAG_BYTES;
          if (buffered.length < total) break;
          if (finished) throw new Error('encrypted file: data after the last segment');
          if (length > SEGMENT_BYTES) throw new Error('encrypted file: segment too long');
          const last = length < SEGMENT_BYTES;
          const plain = open(
            length,
            buffered.subarray(4, 4 + length),
            buffered.subarray(4 + length, total),
            last,
          );
          finished = last;
          this.push(plain);
          buffered = buffered.subarray(total);
        }
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback) {
      callback(finished && buffered.length === 0 ? null : new Error('encrypted file is truncated'));
    },
  });
}
