import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';

/** Thrown for problems the operator fixes (missing or wrong key, corrupt file, bad arguments). */
export class BackupError extends Error {
  /** The table or archive part concerned, when there is one (e.g. "time_entry", "manifest"). */
  readonly part: string | null;
  constructor(message: string, part: string | null = null) {
    super(message);
    this.name = 'BackupError';
    this.part = part;
  }
}

export const BACKUP_KEY_ENV = 'HORAE_BACKUP_KEY';

/** Reads HORAE_BACKUP_KEY: 32 random bytes, base64 (`openssl rand -base64 32`). */
export function parseBackupKey(value: string | undefined): Buffer | null {
  if (value === undefined || value.trim() === '') return null;
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length !== 32) {
    throw new BackupError(
      `${BACKUP_KEY_ENV} must be 32 bytes, base64-encoded (for example the output of "openssl rand -base64 32"); it decodes to ${key.length} bytes.`,
    );
  }
  return key;
}

/** Names a key without revealing it, so a wrong key is told apart from a corrupt archive. */
export function keyId(key: Buffer): string {
  return createHmac('sha256', key).update('horae-backup-key-id').digest('hex').slice(0, 16);
}

/**
 * One AES-256-GCM key per archive (HKDF from the operator's key and the archive's random salt), and
 * a frame counter as nonce: nonces never repeat, and frames cannot be reordered or dropped unseen.
 */
export class FrameCipher {
  private readonly key: Buffer;
  private counter = 0n;

  constructor(masterKey: Buffer, salt: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', masterKey, salt, 'horae-backup-v1', 32));
  }

  private nextNonce(): Buffer {
    const nonce = Buffer.alloc(12);
    nonce.writeBigUInt64BE(this.counter, 4);
    this.counter++;
    return nonce;
  }

  seal(type: number, plaintext: Buffer): Buffer {
    const cipher = createCipheriv('aes-256-gcm', this.key, this.nextNonce());
    cipher.setAAD(Buffer.of(type));
    return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  }

  /** Throws when the frame was altered, reordered or encrypted with another key. */
  open(type: number, sealed: Buffer): Buffer {
    if (sealed.length < 16) throw new Error('encrypted frame too short');
    const decipher = createDecipheriv('aes-256-gcm', this.key, this.nextNonce());
    decipher.setAAD(Buffer.of(type));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - 16)),
      decipher.final(),
    ]);
  }
}
