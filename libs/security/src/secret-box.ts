import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';

function deriveKey(appSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, 'dsar-secret-box', purpose, 32));
}

function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/**
 * AES-256-GCM with a key derived from APP_SECRET per purpose. The envelope names the key it was
 * sealed with, so a rotation can tell old ciphertexts from new ones.
 * Envelope: `v1.<keyId>.<iv b64url>.<tag b64url>.<ciphertext b64url>`.
 */
export class SecretBox {
  private readonly key: Buffer;
  readonly keyId: string;

  constructor(appSecret: string, purpose = 'settings') {
    this.key = deriveKey(appSecret, purpose);
    this.keyId = keyId(this.key);
  }

  seal(plain: string | Buffer): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [VERSION, this.keyId, iv, tag, ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  open(envelope: string): Buffer {
    const [version, sealedWith, iv, tag, ciphertext] = envelope.split('.');
    if (version !== VERSION || !iv || !tag || ciphertext === undefined) {
      throw new Error('not a sealed value');
    }
    if (sealedWith !== this.keyId) throw new Error(`sealed with another key (${sealedWith})`);
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
  }

  openText(envelope: string): string {
    return this.open(envelope).toString('utf8');
  }

  static isSealed(value: unknown): value is string {
    return typeof value === 'string' && /^v1\.[0-9a-f]{8}\.[\w-]+\.[\w-]+\.[\w-]*$/.test(value);
  }
}
