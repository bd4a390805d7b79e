import { hash, verify } from '@node-rs/argon2';
import { canonicalPassword } from '../../core/password-policy';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. @node-rs/argon2's default algorithm is
// argon2id (asserted in accounts.test.ts).
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** An argon2id hash of the password in its canonical (NFC) form, never truncated. */
export function hashPassword(password: string): Promise<string> {
  return hash(canonicalPassword(password), ARGON2);
}

/** Checks a password against a stored hash; false (never a throw) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, canonicalPassword(password));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the time a real verification would, for a sign-in with an unknown email, so response
 * times do not tell which addresses have accounts.
 */
export async function verifyNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('an unused password that nobody has');
  await verifyPassword(await dummyHash, password);
  return false;
}
