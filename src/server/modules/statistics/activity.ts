import type { Schedule } from '../../../core/practice';
import { addDays, isoWeekOf } from '../../../core/calendar';
import {
  MAX_PERIOD_WEEKS,
  type PersonLearning,
  type PersonWeek,
  personWeeks,
} from '../../../core/statistics';
import {
  contributionOf,
  addSums,
  NO_RUNNING_SUMS,
  type RunningSums,
  withRunningSums,
} from '../../../core/statistics-summary';
import { compiledOnce } from '../../db/compiled-once';
import type { Db } from '../../db/database';
import { todayFor } from '../../db/people';
import { learningSessionsSince, recordLearningThemes } from './learning-themes';
import {
  type AtomChange,
  addToAtoms,
  WEEK_COLUMNS,
  keptAtoms,
  lockPersonStatistics,
} from '../../db/statistics-summary';

const day = (iso: string) => iso.slice(0, 10);

/**
 * Keeps one person's statistics rollups true after a write that changes what they did: their
 * weeks of the last year are computed again from their own rows, and the weeks that differ from
 * the stored ones (usually the one week the write touched) are written, in the caller's
 * transaction (docs/decisions/0021-statistics-rollups.md). Called once by each write of the
 * modules the dashboard counts; the rollups hold no text and are never shown about one person.
 * Anonymous feedback answers keep no giver and no time, so they are not counted.
 */
export async function recordActivity(db: Db, userId: string): Promise<void> {
  // The atoms' weeks move by differences from the stored weeks: one transaction, one writer.
  if (!db.isTransaction) {
    await db.transaction().execute((trx) => recordActivity(trx, userId));
    return;
  }
  await lockPersonStatistics(db, userId);
  const today = await todayFor(db, userId);
  const since = addDays(today, -7 * MAX_PERIOD_WEEKS);
  const sinceAt = `${since}T00:00:00.000Z`;
  const [reflections, practices, checkIns, learning, requested, given, assessments, visions] =
    await Promise.all([
      reads.reflections(db, userId, since),
      reads.practices(db, userId),
      reads.checkIns(db, userId),
      learningSessionsSince(db, userId, since),
      reads.requested(db, userId, sinceAt),
      reads.given(db, userId, sinceAt),
      reads.assessments(db, userId),
      reads.visions(db, userId),
    ]);
  const reviews = await reads.reviews(db, userId, isoWeekOf(since));
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

  await writeChangedWeeks(db, userId, isoWeekOf(since), weeks, byKind);
  // The learning-by-theme rollup from the same sessions, read once in this transaction.
  await recordLearningThemes(db, userId, since, today, learning);
}

const RUNNING_COLUMNS = [
  'strengthTotal',
  'strengthWeeks',
  'alignmentTotal',
  'alignmentWeeks',
] as const satisfies readonly (keyof RunningSums)[];

/** The rollup's reads of one person's rows, each built and compiled once (db/compiled-once.ts). */
const reads = {
  reflections: compiledOnce((db: Db, userId: string, since: string) =>
    db
      .selectFrom('reflections')
      .select('date')
      .where('userId', '=', userId)
      .where('date', '>=', since),
  ),
  practices: compiledOnce((db: Db, userId: string) =>
    db.selectFrom('practices').select(['id', 'schedule', 'startDate']).where('userId', '=', userId),
  ),
  checkIns: compiledOnce((db: Db, userId: string) =>
    db
      .selectFrom('practiceCheckins')
      .innerJoin('practices', 'practices.id', 'practiceCheckins.practiceId')
      .select(['practiceCheckins.practiceId', 'practiceCheckins.date', 'practiceCheckins.status'])
      .where('practices.userId', '=', userId),
  ),
  requested: compiledOnce((db: Db, userId: string, sinceAt: string) =>
    db
      .selectFrom('feedbackRequests')
      .select('createdAt')
      .where('requesterId', '=', userId)
      .where('createdAt', '>=', sinceAt),
  ),
  given: compiledOnce((db: Db, userId: string, sinceAt: string) =>
    db
      .selectFrom('feedbackAnswers')
      .select('answeredAt')
      .where('giverId', '=', userId)
      .where('answeredAt', '>=', sinceAt),
  ),
  assessments: compiledOnce((db: Db, userId: string) =>
    db
      .selectFrom('realityAssessments')
      .innerJoin('aspirations', 'aspirations.id', 'realityAssessments.aspirationId')
      .select([
        'realityAssessments.aspirationId',
        'realityAssessments.at',
        'realityAssessments.level',
      ])
      .where('aspirations.userId', '=', userId),
  ),
  visions: compiledOnce((db: Db, userId: string) =>
    db
      .selectFrom('visionRevisions')
      .innerJoin('aspirations', 'aspirations.id', 'visionRevisions.aspirationId')
      .select(['visionRevisions.aspirationId', 'visionRevisions.at', 'visionRevisions.visionLevel'])
      .where('aspirations.userId', '=', userId),
  ),
  reviews: compiledOnce((db: Db, userId: string, firstWeek: string) =>
    db
      .selectFrom('weeklyReviews')
      .leftJoin('weeklyReviewRatings', 'weeklyReviewRatings.reviewId', 'weeklyReviews.id')
      .select(['weeklyReviews.week', 'weeklyReviewRatings.rating'])
      .where('weeklyReviews.userId', '=', userId)
      .where('weeklyReviews.week', '>=', firstWeek),
  ),
  storedWeeks: compiledOnce((db: Db, userId: string, firstWeek: string) =>
    db
      .selectFrom('statisticsWeeks')
      .select(['week', ...WEEK_COLUMNS, ...RUNNING_COLUMNS])
      .where('userId', '=', userId)
      .where('week', '>=', firstWeek),
  ),
  storedLearning: compiledOnce((db: Db, userId: string, firstWeek: string) =>
    db
      .selectFrom('statisticsLearning')
      .select(['week', 'kind', 'minutes'])
      .where('userId', '=', userId)
      .where('week', '>=', firstWeek),
  ),
  weekBefore: compiledOnce((db: Db, userId: string, firstWeek: string) =>
    db
      .selectFrom('statisticsWeeks')
      .select(RUNNING_COLUMNS)
      .where('userId', '=', userId)
      .where('week', '<', firstWeek)
      .orderBy('week', 'desc')
      .limit(1),
  ),
};

/**
 * Writes only what differs from the stored rollups from `firstWeek` on: a write usually changes
 * one week (its own) of one person, so one row is written instead of the year's 53. Rows that
 * no longer hold anything are deleted; the result is the same as replacing every week. The
 * running sums start from the last week kept before `firstWeek`, and each changed week moves
 * the person's atoms' weeks by its difference (docs/decisions/0049-statistics-summary.md).
 */
async function writeChangedWeeks(
  db: Db,
  userId: string,
  firstWeek: string,
  personWeeks: PersonWeek[],
  byKind: PersonLearning[],
) {
  const [storedWeeks, storedLearning, [base], atoms] = await Promise.all([
    reads.storedWeeks(db, userId, firstWeek),
    reads.storedLearning(db, userId, firstWeek),
    reads.weekBefore(db, userId, firstWeek),
    keptAtoms(db, userId),
  ]);
  const weeks = withRunningSums(
    [...personWeeks].sort((a, b) => (a.week < b.week ? -1 : 1)),
    base ?? NO_RUNNING_SUMS,
  );
  const stored = new Map(storedWeeks.map((row) => [row.week, row]));
  const changed = weeks.filter((week) => {
    const row = stored.get(week.week);
    return (
      !row || [...WEEK_COLUMNS, ...RUNNING_COLUMNS].some((column) => row[column] !== week[column])
    );
  });
  const kept = new Set(weeks.map((w) => w.week));
  const gone = storedWeeks.filter((row) => !kept.has(row.week)).map((row) => row.week);
  const storedMinutes = new Map(storedLearning.map((l) => [`${l.week}|${l.kind}`, l.minutes]));
  const changedLearning = byKind.filter(
    (l) => storedMinutes.get(`${l.week}|${l.kind}`) !== l.minutes,
  );
  const keptLearning = new Set(byKind.map((l) => `${l.week}|${l.kind}`));
  const goneLearning = storedLearning.filter((l) => !keptLearning.has(`${l.week}|${l.kind}`));
  const differences: AtomChange[] = [];
  for (const week of [...changed.map((w) => w.week), ...gone]) {
    const after = weeks.find((w) => w.week === week);
    const before = stored.get(week);
    const sums = addSums(
      after && contributionOf(after),
      before && contributionOf({ ...before, week }),
      -1,
    );
    for (const { orgId, atom } of atoms) differences.push({ orgId, atom, week, sums });
  }
  await addToAtoms(db, differences);

  if (gone.length > 0) {
    await db
      .deleteFrom('statisticsWeeks')
      .where('userId', '=', userId)
      .where('week', 'in', gone)
      .execute();
  }
  for (const l of goneLearning) {
    await db
      .deleteFrom('statisticsLearning')
      .where('userId', '=', userId)
      .where('week', '=', l.week)
      .where('kind', '=', l.kind)
      .execute();
  }
  // Upserts: two writes of one person at once must both land, in either order.
  if (changed.length > 0) {
    await db
      .insertInto('statisticsWeeks')
      .values(changed.map((w) => ({ ...w, userId })))
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
          strengthTotal: eb.ref('excluded.strengthTotal'),
          strengthWeeks: eb.ref('excluded.strengthWeeks'),
          alignmentTotal: eb.ref('excluded.alignmentTotal'),
          alignmentWeeks: eb.ref('excluded.alignmentWeeks'),
        })),
      )
      .execute();
  }
  if (changedLearning.length > 0) {
    await db
      .insertInto('statisticsLearning')
      .values(changedLearning.map((l) => ({ ...l, userId })))
      .onConflict((oc) =>
        oc
          .columns(['userId', 'week', 'kind'])
          .doUpdateSet((eb) => ({ minutes: eb.ref('excluded.minutes') })),
      )
      .execute();
  }
}
