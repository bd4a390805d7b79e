import { daysBetween, isoWeekday, localDate } from '../../../core/calendar';
import { choosePrompt } from '../../../core/prompt-choice';
import { type Prompt, PROMPTS } from '../../../core/prompts';
import type { MoodCheckinBody } from '../../../contracts/today';
import { compiledOnce } from '../../db/compiled-once';
import type { Db } from '../../db/database';
import { timeZoneOf } from '../../db/people';
import { isUniqueViolation } from '../../db/errors';
import { newId } from '../../lib/ids';
import { addMs, nowIso } from '../../lib/time';

/** Prompt history this far back feeds the rule (it avoids repeats within 30 days). */
const HISTORY_DAYS = 60;
/** The weekly review prompt comes on Sundays. */
const WEEKLY_REVIEW_WEEKDAY = 7;

type AspirationState = { title: string; eroding: boolean; lastAssessedAt: string | null };

const deliveredOn = compiledOnce((db: Db, userId: string, today: string) =>
  db
    .selectFrom('promptDeliveries')
    .select('promptId')
    .where('userId', '=', userId)
    .where('date', '=', today),
);

/**
 * Today's prompt for a person: the one already chosen today, or a new choice by the pure rule
 * from their state, remembered so that it stays the same all day.
 */
export async function promptForToday(
  db: Db,
  userId: string,
  today: string,
  timeZone: string,
  now: string,
  aspirations: AspirationState[],
): Promise<Prompt> {
  const known = (id: string) => PROMPTS.find((p) => p.id === id);
  const [delivered] = await deliveredOn(db, userId, today);
  const already = delivered && known(delivered.promptId);
  if (already) return already;

  const since = addMs(now, -HISTORY_DAYS * 86_400_000);
  const [deliveries, answered] = await Promise.all([
    db
      .selectFrom('promptDeliveries')
      .select(['promptId', 'date'])
      .where('userId', '=', userId)
      .where('date', '<', today)
      .execute(),
    db
      .selectFrom('reflections')
      .select(['promptId', 'date'])
      .where('userId', '=', userId)
      .where('promptId', 'is not', null)
      .where('at', '>=', since)
      .execute(),
  ]);
  const daysSince = aspirations.map((a) =>
    a.lastAssessedAt ? daysBetween(localDate(a.lastAssessedAt, timeZone), today) : null,
  );
  const { prompt } = choosePrompt({
    today,
    hasActiveAspirations: aspirations.length > 0,
    daysSinceLastAssessment:
      aspirations.length === 0 || daysSince.includes(null)
        ? null
        : Math.max(...(daysSince as number[])),
    erodingAspirationTitles: aspirations.filter((a) => a.eroding).map((a) => a.title),
    recentPrompts: [
      ...deliveries,
      ...answered.flatMap((r) => (r.promptId ? [{ promptId: r.promptId, date: r.date }] : [])),
    ],
    isWeeklyReviewDay: isoWeekday(today) === WEEKLY_REVIEW_WEEKDAY,
  });
  try {
    await db
      .insertInto('promptDeliveries')
      .values({ userId, date: today, promptId: prompt.id })
      .execute();
  } catch (error) {
    // Two devices opened Today at once: keep the prompt the other one chose.
    if (!isUniqueViolation(error)) throw error;
    return promptForToday(db, userId, today, timeZone, now, aspirations);
  }
  return prompt;
}

/** Records a person's mood check-in, dated in their time zone. */
export async function checkInMood(db: Db, userId: string, body: MoodCheckinBody) {
  const at = nowIso();
  const row = {
    id: newId(),
    userId,
    at,
    date: localDate(at, await timeZoneOf(db, userId)),
    pleasantness: body.pleasantness,
    energy: body.energy,
    emotions: JSON.stringify(body.emotions ?? []),
  };
  await db.insertInto('moodCheckins').values(row).execute();
  return row;
}
