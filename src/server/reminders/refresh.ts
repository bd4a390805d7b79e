import type { Db } from '../db/database';
import { nowIso } from '../lib/time';
import { nextFireAt, reminderRows, writeNextFire } from './rules';

/**
 * Computes again the next instant of a person's reminders (after a change of time zone) or of a
 * practice's reminder (after a change of schedule), so that the scheduler need only read what is
 * due (`next_fire_at <= now`, indexed). Each row is written only if nobody changed it meanwhile.
 */
export async function refreshReminders(
  db: Db,
  which: { userId: string } | { practiceId: string },
  now = nowIso(),
): Promise<void> {
  let query = reminderRows(db);
  query =
    'userId' in which
      ? query.where('r.userId', '=', which.userId)
      : query.where('r.practiceId', '=', which.practiceId);
  for (const row of await query.execute()) {
    const facts = { ...row, schedule: row.practiceId ? row.practiceSchedule : null };
    await writeNextFire(db, row, {
      nextFireAt: nextFireAt(facts, Date.parse(now)),
      zone: row.timeZone,
      schedule: facts.schedule,
    });
  }
}
