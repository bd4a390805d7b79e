import type { Db } from './database';

/** The IANA time zone a person's days follow (their calendar dates are computed in it). */
export async function timeZoneOf(db: Db, userId: string): Promise<string> {
  const row = await db
    .selectFrom('users')
    .select('timeZone')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.timeZone ?? 'UTC';
}
