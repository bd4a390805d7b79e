import type { Kysely } from 'kysely';

/**
 * Today reads a person's mood check-ins of one local date (`where user_id = ? and date = ?`).
 * With only `mood_checkins_user_at` (user_id, at) both engines walked every check-in the person
 * ever made to find that date's: about 12 µs for a year of them on SQLite, 316 µs for three
 * years (3,068), on every Today request. A (user_id, date, at) index finds the date's rows
 * directly, already in time order (7.7 µs at three years; docs/performance.md, "Today: a day's
 * moods by their date").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('mood_checkins_user_date')
    .on('mood_checkins')
    .columns(['user_id', 'date', 'at'])
    .execute();
}
