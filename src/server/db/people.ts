import { localDate } from '../../core/calendar';
import { nowIso } from '../lib/time';
import { compiledOnce } from './compiled-once';
import type { Db } from './database';

const timeZoneRow = compiledOnce((db: Db, userId: string) =>
  db.selectFrom('users').select('timeZone').where('id', '=', userId),
);

/** The IANA time zone a person's days follow (their calendar dates are computed in it). */
export async function timeZoneOf(db: Db, userId: string): Promise<string> {
  const [row] = await timeZoneRow(db, userId);
  return row?.timeZone ?? 'UTC';
}

/** Today's calendar date for a person, in their time zone. */
export async function todayFor(db: Db, userId: string): Promise<string> {
  return localDate(nowIso(), await timeZoneOf(db, userId));
}
