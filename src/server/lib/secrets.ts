import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe secret of `bytes` bytes of entropy. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 of a high-entropy secret, hex. Enough for random tokens (not for passwords). */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
