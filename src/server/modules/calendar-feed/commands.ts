import type { Db } from '../../db/database';
import { randomSecret, sha256 } from '../../lib/secrets';
import { nowIso } from '../../lib/time';

/**
 * Makes my calendar feed's secret anew: only its SHA-256 is kept, so the old address stops
 * working at once and the new one is shown this one time. Returns the secret.
 */
export async function renewCalendarFeed(db: Db, userId: string): Promise<string> {
  const secret = randomSecret(32);
  const row = { secretHash: sha256(secret), createdAt: nowIso() };
  await db
    .insertInto('calendarFeeds')
    .values({ userId, ...row })
    .onConflict((oc) => oc.column('userId').doUpdateSet(row))
    .execute();
  return secret;
}

/** Turns my calendar feed off: its address answers 404 from now on. */
export async function revokeCalendarFeed(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('calendarFeeds').where('userId', '=', userId).execute();
}
