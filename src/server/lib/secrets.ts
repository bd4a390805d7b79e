import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A random URL-safe secret of `bytes` bytes of entropy. */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 of a high-entropy secret, hex. Enough for random tokens (not for passwords). */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * A secret made from a value for one purpose, keyed by the deployment's secret (HMAC-SHA-256,
 * URL-safe): the same inputs always make the same secret, and nobody without the key can.
 */
export function signValue(key: string, purpose: string, value: string): string {
  return createHmac('sha256', `${purpose}:${key}`).update(value).digest('base64url');
}
