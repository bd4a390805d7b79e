import { localDate } from '../../core/calendar';
import { nowIso } from '../lib/time';
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

/** Today's calendar date for a person, in their time zone. */
export async function todayFor(db: Db, userId: string): Promise<string> {
  return localDate(nowIso(), await timeZoneOf(db, userId));
}
