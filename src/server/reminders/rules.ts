import type { Schedule } from '../../core/practice';
import type { Db } from '../db/database';
import { nextFireInstant, type ReminderDays, reminderDaysOf } from '../../core/reminders';

/** What a reminder is of: one of my practices, the daily reflection, or the weekly review. */
export type ReminderTarget =
  { type: 'practice'; practiceId: string } | { type: 'reflection' | 'review' };

/** The `target` column of a reminder row. */
export function targetKey(target: ReminderTarget): string {
  return target.type === 'practice' ? `practice:${target.practiceId}` : target.type;
}

/** What a reminder fires from: its row's time and weekday, the person's zone, the schedule. */
export type ReminderFacts = {
  time: string;
  weekday: number | null;
  timeZone: string;
  /** The practice's schedule (JSON as stored) for a practice reminder; null otherwise. */
  schedule: string | null;
};

/** The days a reminder fires on: the practice's scheduled days, every day, or the review's day. */
export function daysOf(facts: ReminderFacts): ReminderDays {
  if (facts.schedule !== null) return reminderDaysOf(JSON.parse(facts.schedule) as Schedule);
  if (facts.weekday !== null) return { type: 'weekdays', days: [facts.weekday] };
  return { type: 'daily' };
}

/** The next instant (ISO) the reminder fires after `after`, or null when it has no day. */
export function nextFireAt(facts: ReminderFacts, after: number): string | null {
  const next = nextFireInstant(
    { time: facts.time, timeZone: facts.timeZone, days: daysOf(facts) },
    after,
  );
  return next === null ? null : new Date(next).toISOString();
}

/** Reminders with what they fire from: the person's zone now, the practice's schedule now. */
export function reminderRows(db: Db) {
  return db
    .selectFrom('reminders as r')
    .innerJoin('users as u', 'u.id', 'r.userId')
    .leftJoin('practices as p', 'p.id', 'r.practiceId')
    .select([
      'r.userId',
      'r.target',
      'r.practiceId',
      'r.time',
      'r.weekday',
      'r.nextFireAt',
      'r.zone',
      'r.schedule',
      'u.timeZone',
      'p.schedule as practiceSchedule',
      'p.archivedAt',
    ]);
}

/** A reminder row as `reminderRows` reads it: what identifies it and what it was computed from. */
type ReadReminder = {
  userId: string;
  target: string;
  time: string;
  nextFireAt: string | null;
  zone: string;
};

/**
 * Writes a reminder's next instant, with the zone and schedule it was computed from — only if
 * nobody changed the row since it was read (its next instant, and with `sameZone` its zone, are
 * still as read), so a new time or a racing instance is never overwritten.
 */
export async function writeNextFire(
  db: Db,
  row: ReadReminder,
  computed: { nextFireAt: string | null; zone: string; schedule: string | null },
  options: { sameZone?: boolean } = {},
): Promise<void> {
  let update = db
    .updateTable('reminders')
    .set(computed)
    .where('userId', '=', row.userId)
    .where('target', '=', row.target)
    .where('time', '=', row.time);
  if (options.sameZone) update = update.where('zone', '=', row.zone);
  update =
    row.nextFireAt === null
      ? update.where('nextFireAt', 'is', null)
      : update.where('nextFireAt', '=', row.nextFireAt);
  await update.execute();
}
