import type { Db } from '../db/database';
import { normalizeEmail } from '../../core/email';
import { randomSecret, sha256 } from '../lib/secrets';
import { addMs, nowIso } from '../lib/time';

/** How long a browser stays remembered after its last sign-in. */
export const REMEMBERED_DEVICE_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * Remembers the browser that has just signed in to an account, so that the sign-in throttle
 * never locks its owner out (`docs/decisions/0013-sign-in-throttle.md`). The returned secret
 * goes into a signed, httpOnly cookie; only its hash is stored.
 */
export async function rememberDevice(db: Db, userId: string) {
  const token = randomSecret(32);
  const now = nowIso();
  const expiresAt = addMs(now, REMEMBERED_DEVICE_MS);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('rememberedDevices').where('expiresAt', '<', now).execute();
    await trx
      .insertInto('rememberedDevices')
      .values({ id: sha256(token), userId, createdAt: now, expiresAt })
      .execute();
  });
  return { token, expiresAt };
}

/**
 * The id of the remembered device a cookie secret names, when it belongs to the account with
 * this email and has not expired; null otherwise (also for unknown emails).
 */
export async function findRememberedDevice(
  db: Db,
  token: string | null,
  email: string,
): Promise<string | null> {
  if (!token || token.length > 100) return null;
  const row = await db
    .selectFrom('rememberedDevices')
    .innerJoin('users', 'users.id', 'rememberedDevices.userId')
    .select('rememberedDevices.id')
    .where('rememberedDevices.id', '=', sha256(token))
    .where('users.email', '=', normalizeEmail(email))
    .where('rememberedDevices.expiresAt', '>', nowIso())
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Forgets every remembered device of a person but one (after a password change). */
export async function forgetOtherDevices(db: Db, userId: string, keep: string | null) {
  let query = db.deleteFrom('rememberedDevices').where('userId', '=', userId);
  if (keep) query = query.where('id', '!=', keep);
  await query.execute();
}
