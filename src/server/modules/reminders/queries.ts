import type { MyReminders } from '../../../contracts/reminders';
import type { Db } from '../../db/database';
import { timeZoneOf } from '../../db/people';

/** My reminders: the reflection's, the review's, and those of my practices (by practice id). */
export async function readMyReminders(db: Db, userId: string): Promise<MyReminders> {
  const rows = await db
    .selectFrom('reminders')
    .select(['target', 'practiceId', 'time', 'weekday'])
    .where('userId', '=', userId)
    .orderBy('target')
    .execute();
  const reflection = rows.find((row) => row.target === 'reflection');
  const review = rows.find((row) => row.target === 'review');
  return {
    dailyReflection: reflection?.time ?? null,
    weeklyReview: review ? { day: review.weekday ?? 1, time: review.time } : null,
    practices: rows.flatMap((row) =>
      row.practiceId ? [{ practiceId: row.practiceId, time: row.time }] : [],
    ),
    timeZone: await timeZoneOf(db, userId),
  };
}
