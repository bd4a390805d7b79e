import type { WeeklyReviewBody } from '../../../contracts/reviews';
import { addDays, isoWeekOf, mondayOfIsoWeek } from '../../../core/calendar';
import { toPage } from '../../../core/pagination';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { WeeklyReviewRatingsTable, WeeklyReviewsTable } from '../../db/schema';
import { isUniqueViolation } from '../../db/errors';
import { todayFor } from '../../db/people';
import { badRequest, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';
import { deleteWithShares } from '../../db/shares';
import { recordActivity } from '../statistics/activity';

export const reviewColumns = [
  'id',
  'week',
  'wentWell',
  'learned',
  'focus',
  'createdAt',
  'updatedAt',
] as const;

export type ReviewRow = Pick<Selectable<WeeklyReviewsTable>, (typeof reviewColumns)[number]>;
export type RatingRow = Omit<Selectable<WeeklyReviewRatingsTable>, 'id'>;

/** The caller's review of a week; 404 when they wrote none. */
export async function findOwnReview(db: Db, userId: string, week: string): Promise<ReviewRow> {
  const row = await db
    .selectFrom('weeklyReviews')
    .select(reviewColumns)
    .where('userId', '=', userId)
    .where('week', '=', week)
    .executeTakeFirst();
  if (!row) throw notFound('No review for that week.');
  return row;
}

/** The caller's review with this id; 404 for anyone else's, so existence is never revealed. */
export async function findOwnReviewById(db: Db, userId: string, id: string): Promise<ReviewRow> {
  const row = await db
    .selectFrom('weeklyReviews')
    .select(reviewColumns)
    .where('userId', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('No such review.');
  return row;
}

/** The ratings of some reviews, each review's in the order they were given. */
export async function loadRatings(db: Db, reviewIds: string[]): Promise<RatingRow[]> {
  if (reviewIds.length === 0) return [];
  return db
    .selectFrom('weeklyReviewRatings')
    .select(['reviewId', 'valueId', 'valueName', 'rating', 'evidence', 'position'])
    .where('reviewId', 'in', reviewIds)
    .orderBy('reviewId')
    .orderBy('position')
    .execute();
}

/** A person's reviews, newest week first. */
export async function listReviews(
  db: Db,
  userId: string,
  query: { limit: number; cursor?: string | undefined },
) {
  let select = db
    .selectFrom('weeklyReviews')
    .select(reviewColumns)
    .where('userId', '=', userId)
    .orderBy('week', 'desc')
    .limit(query.limit + 1);
  if (query.cursor !== undefined) select = select.where('week', '<', query.cursor);
  return toPage(await select.execute(), query.limit, 'week', (row) => row.week);
}

/** A week may be reviewed once it has begun in the person's time zone. */
async function checkWeek(db: Db, userId: string, week: string) {
  const monday = mondayOfIsoWeek(week);
  if (monday === null) {
    throw badRequest('validation_failed', 'That week does not exist.', [
      { path: ['week'], message: 'That week does not exist.' },
    ]);
  }
  if (monday > (await todayFor(db, userId))) {
    throw badRequest('validation_failed', 'That week has not begun yet.', [
      { path: ['week'], message: 'Review this week or a past one.' },
    ]);
  }
}

/**
 * The names of the rated values, which must all be the person's own; 400 otherwise, with the
 * same wording whether the value is someone else's or does not exist.
 */
async function ownValueNames(
  db: Db,
  userId: string,
  ratings: WeeklyReviewBody['valueRatings'],
): Promise<Map<string, string>> {
  if (ratings.length === 0) return new Map();
  const rows = await db
    .selectFrom('personalValues')
    .select(['id', 'name'])
    .where('userId', '=', userId)
    .where(
      'id',
      'in',
      ratings.map((r) => r.valueId),
    )
    .execute();
  const names = new Map(rows.map((row) => [row.id, row.name]));
  const issues = ratings.flatMap((r, index) =>
    names.has(r.valueId)
      ? []
      : [{ path: ['valueRatings', index, 'valueId'], message: 'Choose one of your values.' }],
  );
  if (issues.length > 0) throw badRequest('validation_failed', 'No such value.', issues);
  return names;
}

/**
 * Writes the person's review of a week: creates it, or — when they already wrote one — updates
 * it, replacing its ratings; texts left out stay as they were. One transaction; a concurrent
 * first write of the same week loses the insert race and becomes an update.
 */
export async function saveWeeklyReview(
  db: Db,
  userId: string,
  body: WeeklyReviewBody,
): Promise<{ review: ReviewRow; created: boolean }> {
  await checkWeek(db, userId, body.week);
  const write = () =>
    db.transaction().execute(async (trx) => {
      const names = await ownValueNames(trx, userId, body.valueRatings);
      const now = nowIso();
      const texts = {
        ...(body.wentWell !== undefined ? { wentWell: body.wentWell } : {}),
        ...(body.learned !== undefined ? { learned: body.learned } : {}),
        ...(body.focus !== undefined ? { focus: body.focus } : {}),
      };
      const existing = await trx
        .selectFrom('weeklyReviews')
        .select('id')
        .where('userId', '=', userId)
        .where('week', '=', body.week)
        .executeTakeFirst();
      const id = existing?.id ?? newId();
      if (existing) {
        await trx
          .updateTable('weeklyReviews')
          .set({ ...texts, updatedAt: now })
          .where('id', '=', id)
          .execute();
        await trx.deleteFrom('weeklyReviewRatings').where('reviewId', '=', id).execute();
      } else {
        await trx
          .insertInto('weeklyReviews')
          .values({
            id,
            userId,
            week: body.week,
            wentWell: '',
            learned: '',
            focus: '',
            ...texts,
            createdAt: now,
            updatedAt: now,
          })
          .execute();
      }
      if (body.valueRatings.length > 0) {
        await trx
          .insertInto('weeklyReviewRatings')
          .values(
            body.valueRatings.map((r, position) => ({
              id: newId(),
              reviewId: id,
              valueId: r.valueId,
              valueName: names.get(r.valueId) ?? '',
              rating: r.rating,
              evidence: r.evidence ?? '',
              position,
            })),
          )
          .execute();
      }
      await recordActivity(trx, userId);
      return { review: await findOwnReview(trx, userId, body.week), created: !existing };
    });
  try {
    return await write();
  } catch (error) {
    // Two first reviews of the same week at once: the other insert won, so this one updates.
    if (!isUniqueViolation(error)) throw error;
    return write();
  }
}

/**
 * Deletes the person's review of a week with its ratings and its shares, in one transaction;
 * 404 when there was none.
 */
export async function deleteWeeklyReview(db: Db, userId: string, week: string) {
  const { id } = await findOwnReview(db, userId, week);
  await deleteWithShares(db, 'weekly_review', id, async (trx) => {
    const result = await trx.deleteFrom('weeklyReviews').where('id', '=', id).executeTakeFirst();
    if (result.numDeletedRows === 0n) throw notFound('No review for that week.');
  });
  await recordActivity(db, userId);
}

/** The person's reviews of the last `weeks` weeks (this one included), oldest first. */
export async function reviewsOfLastWeeks(db: Db, userId: string, weeks: number) {
  const today = await todayFor(db, userId);
  const first = isoWeekOf(addDays(today, -7 * (weeks - 1)));
  const reviews = await db
    .selectFrom('weeklyReviews')
    .select(['id', 'week'])
    .where('userId', '=', userId)
    .where('week', '>=', first)
    .where('week', '<=', isoWeekOf(today))
    .orderBy('week')
    .execute();
  const values = await db
    .selectFrom('personalValues')
    .select(['id', 'name', 'rank'])
    .where('userId', '=', userId)
    .orderBy('rank')
    .orderBy('id')
    .execute();
  return {
    reviews,
    ratings: await loadRatings(
      db,
      reviews.map((r) => r.id),
    ),
    values,
  };
}
