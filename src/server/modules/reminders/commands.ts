import type { UpdateMyRemindersBody } from '../../../contracts/reminders';
import type { Db } from '../../db/database';
import { timeZoneOf } from '../../db/people';
import { notFound } from '../../errors';
import { nowIso } from '../../lib/time';
import { nextFireAt, type ReminderTarget, targetKey } from '../../reminders/rules';

type ReminderSetting = { time: string; weekday: number | null };

/** The practice's schedule (as stored) when it is the person's own; 404 otherwise. */
async function ownPracticeSchedule(db: Db, userId: string, practiceId: string): Promise<string> {
  const practice = await db
    .selectFrom('practices')
    .select('schedule')
    .where('id', '=', practiceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  if (!practice) throw notFound('No such practice.');
  return practice.schedule;
}

/** Sets (or replaces) one reminder, its next instant computed from now in the person's zone. */
async function putReminder(
  db: Db,
  userId: string,
  target: ReminderTarget,
  setting: ReminderSetting,
  schedule: string | null,
) {
  const timeZone = await timeZoneOf(db, userId);
  const now = nowIso();
  const facts = { ...setting, timeZone, schedule };
  const values = {
    time: setting.time,
    weekday: setting.weekday,
    nextFireAt: nextFireAt(facts, Date.parse(now)),
    zone: timeZone,
    schedule,
    updatedAt: now,
  };
  await db
    .insertInto('reminders')
    .values({
      userId,
      target: targetKey(target),
      practiceId: target.type === 'practice' ? target.practiceId : null,
      createdAt: now,
      ...values,
    })
    .onConflict((oc) => oc.columns(['userId', 'target']).doUpdateSet(values))
    .execute();
}

async function removeReminder(db: Db, userId: string, target: ReminderTarget) {
  await db
    .deleteFrom('reminders')
    .where('userId', '=', userId)
    .where('target', '=', targetKey(target))
    .execute();
}

/** A reminder of my practice at a local time, on its scheduled days. */
export async function setPracticeReminder(
  db: Db,
  userId: string,
  practiceId: string,
  time: string,
) {
  const schedule = await ownPracticeSchedule(db, userId, practiceId);
  await putReminder(
    db,
    userId,
    { type: 'practice', practiceId },
    { time, weekday: null },
    schedule,
  );
  return { practiceId, time };
}

export async function deletePracticeReminder(db: Db, userId: string, practiceId: string) {
  await ownPracticeSchedule(db, userId, practiceId);
  await removeReminder(db, userId, { type: 'practice', practiceId });
}

/** Sets or removes (null) the reminders of the daily reflection and the weekly review. */
export async function updateMyReminders(db: Db, userId: string, body: UpdateMyRemindersBody) {
  if (body.dailyReflection !== undefined) {
    const target = { type: 'reflection' } as const;
    if (body.dailyReflection === null) await removeReminder(db, userId, target);
    else await putReminder(db, userId, target, { time: body.dailyReflection, weekday: null }, null);
  }
  if (body.weeklyReview !== undefined) {
    const target = { type: 'review' } as const;
    if (body.weeklyReview === null) await removeReminder(db, userId, target);
    else {
      const { time, day } = body.weeklyReview;
      await putReminder(db, userId, target, { time, weekday: day }, null);
    }
  }
}
