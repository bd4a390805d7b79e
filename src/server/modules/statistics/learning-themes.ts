import { isoWeekOf } from '../../../core/calendar';
import { learningByTheme } from '../../../core/learning-themes';
import type { Db } from '../../db/database';

/** A person's learning sessions from `since` on, with their item and its kind. */
export function learningSessionsSince(db: Db, userId: string, since: string) {
  return db
    .selectFrom('learningSessions')
    .innerJoin('learningItems', 'learningItems.id', 'learningSessions.learningItemId')
    .select([
      'learningSessions.learningItemId',
      'learningSessions.date',
      'learningSessions.minutes',
      'learningItems.kind',
    ])
    .where('learningItems.userId', '=', userId)
    .where('learningSessions.date', '>=', since)
    .execute();
}

/**
 * Keeps one person's learning-by-theme rollup true (`statistics_learning_themes`, decision 0046):
 * their learning minutes from `since` through `today` per ISO week and theme — the life domains
 * of the aspirations each item serves — computed again from their own rows; only rows that differ
 * are written, rows that hold nothing any more are deleted. Called by `recordActivity`, in its
 * transaction, after every write the dashboard counts (and after an aspiration's domain changes).
 */
export async function recordLearningThemes(
  db: Db,
  userId: string,
  since: string,
  today: string,
  /** The person's learning sessions from `since` on, when the caller has read them already. */
  read?: readonly { learningItemId: string; date: string; minutes: number }[],
) {
  const firstWeek = isoWeekOf(since);
  const [sessions, links, stored] = await Promise.all([
    read ?? learningSessionsSince(db, userId, since),
    db
      .selectFrom('learningItemAspirations')
      .innerJoin('learningItems', 'learningItems.id', 'learningItemAspirations.learningItemId')
      .innerJoin('aspirations', 'aspirations.id', 'learningItemAspirations.aspirationId')
      .select(['learningItemAspirations.learningItemId', 'aspirations.domain'])
      .where('learningItems.userId', '=', userId)
      .execute(),
    db
      .selectFrom('statisticsLearningThemes')
      .select(['week', 'theme', 'minutes'])
      .where('userId', '=', userId)
      .where('week', '>=', firstWeek)
      .execute(),
  ]);
  const themesOf = new Map<string, string[]>();
  for (const link of links) {
    themesOf.set(link.learningItemId, [...(themesOf.get(link.learningItemId) ?? []), link.domain]);
  }
  const rows = learningByTheme(
    sessions.map((s) => ({
      date: s.date,
      minutes: s.minutes,
      themes: themesOf.get(s.learningItemId) ?? [],
    })),
    since,
    today,
  );

  const key = (row: { week: string; theme: string }) => `${row.week}|${row.theme}`;
  const before = new Map(stored.map((row) => [key(row), row.minutes]));
  const after = new Set(rows.map(key));
  for (const gone of stored.filter((row) => !after.has(key(row)))) {
    await db
      .deleteFrom('statisticsLearningThemes')
      .where('userId', '=', userId)
      .where('week', '=', gone.week)
      .where('theme', '=', gone.theme)
      .execute();
  }
  const changed = rows.filter((row) => before.get(key(row)) !== row.minutes);
  if (changed.length === 0) return;
  // An upsert: two writes of one person at once must both land, in either order.
  await db
    .insertInto('statisticsLearningThemes')
    .values(changed.map((row) => ({ ...row, userId })))
    .onConflict((oc) =>
      oc
        .columns(['userId', 'week', 'theme'])
        .doUpdateSet((eb) => ({ minutes: eb.ref('excluded.minutes') })),
    )
    .execute();
}
