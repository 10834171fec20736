import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createDecryptStream, createEncryptStream, fileMasterKey } from './segmented-cipher.js';

/**
 * Encrypted files under DATA_DIR, shared by the api and every worker. Files appear whole or not
 * at all (written to a temporary name, renamed at the end).
 */
export class FileVault {
  private readonly masterKey: Buffer;

  constructor(
    private readonly dataDir: string,
    appSecret: string,
  ) {
    this.masterKey = fileMasterKey(appSecret);
  }

  /** Absolute path of a relative name; names that would leave DATA_DIR are refused. */
  resolve(relativePath: string): string {
    const normalised = normalize(relativePath);
    if (isAbsolute(normalised) || normalised.split(sep).includes('..')) {
      throw new Error(`refused path outside the data directory: ${relativePath}`);
    }
    return join(this.dataDir, normalised);
  }

  /** Encrypts `source` into the file; returns the encrypted size in bytes. */
  async write(relativePath: string, source: Readable): Promise<number> {
    const target = this.resolve(relativePath);
    await mkdir(dirname(target), { recursive: true });
    const temporary = `${target}.tmp-${randomBytes(6).toString('hex')}`;
    try {
      await pipeline(
        source,
        createEncryptStream(this.masterKey),
        createWriteStream(temporary, { mode: 0o600 }),
      );
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return (await stat(target)).size;
  }

  /** The decrypted content as a stream; a tampered or truncated file errors the stream. */
  read(relativePath: string): Readable {
    const input = createReadStream(this.resolve(relativePath));
    const output = createDecryptStream(this.masterKey);
    input.on('error', (error) => output.destroy(error));
    output.on('close', () => input.destroy());
    return input.pipe(output);
  }

  async exists(relativePath: string): Promise<boolean> {
    return stat(this.resolve(relativePath)).then(
      () => true,
      () => false,
    );
  }

  /** Names in a folder (none when it does not exist). */
  async list(relativePath: string): Promise<string[]> {
    return readdir(this.resolve(relativePath)).catch(() => []);
  }

  async remove(relativePath: string): Promise<void> {
    await rm(this.resolve(relativePath), { force: true, recursive: true });
  }
}
