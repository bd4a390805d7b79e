import type { Schedule } from '../../../core/practice';
import { addDays, isoWeekOf } from '../../../core/calendar';
import { MAX_PERIOD_WEEKS, personWeeks } from '../../../core/statistics';
import type { Db } from '../../db/database';
import { todayFor } from '../../db/people';

const day = (iso: string) => iso.slice(0, 10);

/**
 * Keeps one person's statistics rollups true after a write that changes what they did: their
 * weeks of the last year are computed again from their own rows and replaced, in the caller's
 * transaction (docs/decisions/0021-statistics-rollups.md). Called once by each write of the
 * modules the dashboard counts; the rollups hold no text and are never shown about one person.
 * Anonymous feedback answers keep no giver and no time, so they are not counted.
 */
export async function recordActivity(db: Db, userId: string): Promise<void> {
  const today = await todayFor(db, userId);
  const since = addDays(today, -7 * MAX_PERIOD_WEEKS);
  const sinceAt = `${since}T00:00:00.000Z`;
  const [reflections, practices, checkIns, learning, requested, given, assessments, visions] =
    await Promise.all([
      db
        .selectFrom('reflections')
        .select('date')
        .where('userId', '=', userId)
        .where('date', '>=', since)
        .execute(),
      db
        .selectFrom('practices')
        .select(['id', 'schedule', 'startDate'])
        .where('userId', '=', userId)
        .execute(),
      db
        .selectFrom('practiceCheckins')
        .innerJoin('practices', 'practices.id', 'practiceCheckins.practiceId')
        .select(['practiceCheckins.practiceId', 'practiceCheckins.date', 'practiceCheckins.status'])
        .where('practices.userId', '=', userId)
        .execute(),
      db
        .selectFrom('learningSessions')
        .innerJoin('learningItems', 'learningItems.id', 'learningSessions.learningItemId')
        .select(['learningSessions.date', 'learningSessions.minutes', 'learningItems.kind'])
        .where('learningItems.userId', '=', userId)
        .where('learningSessions.date', '>=', since)
        .execute(),
      db
        .selectFrom('feedbackRequests')
        .select('createdAt')
        .where('requesterId', '=', userId)
        .where('createdAt', '>=', sinceAt)
        .execute(),
      db
        .selectFrom('feedbackAnswers')
        .select('answeredAt')
        .where('giverId', '=', userId)
        .where('answeredAt', '>=', sinceAt)
        .execute(),
      db
        .selectFrom('realityAssessments')
        .innerJoin('aspirations', 'aspirations.id', 'realityAssessments.aspirationId')
        .select([
          'realityAssessments.aspirationId',
          'realityAssessments.at',
          'realityAssessments.level',
        ])
        .where('aspirations.userId', '=', userId)
        .execute(),
      db
        .selectFrom('visionRevisions')
        .innerJoin('aspirations', 'aspirations.id', 'visionRevisions.aspirationId')
        .select([
          'visionRevisions.aspirationId',
          'visionRevisions.at',
          'visionRevisions.visionLevel',
        ])
        .where('aspirations.userId', '=', userId)
        .execute(),
    ]);
  const reviews = await db
    .selectFrom('weeklyReviews')
    .leftJoin('weeklyReviewRatings', 'weeklyReviewRatings.reviewId', 'weeklyReviews.id')
    .select(['weeklyReviews.week', 'weeklyReviewRatings.rating'])
    .where('weeklyReviews.userId', '=', userId)
    .where('weeklyReviews.week', '>=', isoWeekOf(since))
    .execute();
  const ratings = new Map<string, number[]>();
  for (const row of reviews) {
    const list = ratings.get(row.week) ?? [];
    if (row.rating !== null) list.push(row.rating);
    ratings.set(row.week, list);
  }

  const { weeks, learning: byKind } = personWeeks(
    {
      reflectionDates: reflections.map((r) => r.date),
      practices: practices.map((p) => ({
        id: p.id,
        schedule: JSON.parse(p.schedule) as Schedule,
        startDate: p.startDate,
        checkIns: checkIns.filter((c) => c.practiceId === p.id),
      })),
      learning,
      feedbackRequestedDates: requested.map((r) => day(r.createdAt)),
      feedbackGivenDates: given.flatMap((g) => (g.answeredAt ? [day(g.answeredAt)] : [])),
      assessments: assessments.map((a) => ({ ...a, date: day(a.at) })),
      visions,
      reviews: [...ratings].map(([week, list]) => ({ week, ratings: list })),
    },
    since,
    today,
  );

  const firstWeek = isoWeekOf(since);
  const keep = (weeksKept: string[]) => (weeksKept.length > 0 ? weeksKept : ['none']);
  await db
    .deleteFrom('statisticsWeeks')
    .where('userId', '=', userId)
    .where('week', '>=', firstWeek)
    .where('week', 'not in', keep(weeks.map((w) => w.week)))
    .execute();
  await db
    .deleteFrom('statisticsLearning')
    .where('userId', '=', userId)
    .where('week', '>=', firstWeek)
    .where((eb) =>
      eb.not(eb.or(byKind.map((l) => eb.and([eb('week', '=', l.week), eb('kind', '=', l.kind)])))),
    )
    .execute();
  // Upserts: two writes of one person at once must both land, in either order.
  if (weeks.length > 0) {
    await db
      .insertInto('statisticsWeeks')
      .values(weeks.map((w) => ({ ...w, userId })))
      .onConflict((oc) =>
        oc.columns(['userId', 'week']).doUpdateSet((eb) => ({
          reflections: eb.ref('excluded.reflections'),
          checkIns: eb.ref('excluded.checkIns'),
          strength: eb.ref('excluded.strength'),
          learningMinutes: eb.ref('excluded.learningMinutes'),
          feedbackRequested: eb.ref('excluded.feedbackRequested'),
          feedbackGiven: eb.ref('excluded.feedbackGiven'),
          assessments: eb.ref('excluded.assessments'),
          tensionSum: eb.ref('excluded.tensionSum'),
          movedToward: eb.ref('excluded.movedToward'),
          alignment: eb.ref('excluded.alignment'),
        })),
      )
      .execute();
  }
  if (byKind.length > 0) {
    await db
      .insertInto('statisticsLearning')
      .values(byKind.map((l) => ({ ...l, userId })))
      .onConflict((oc) =>
        oc
          .columns(['userId', 'week', 'kind'])
          .doUpdateSet((eb) => ({ minutes: eb.ref('excluded.minutes') })),
      )
      .execute();
  }
}
