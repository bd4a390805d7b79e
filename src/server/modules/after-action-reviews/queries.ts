import type { Selectable } from 'kysely';
import type { OpenActionItemsQuery } from '../../../contracts/after-action-reviews';
import { toPage } from '../../../core/pagination';
import { canDeleteAar, canTakePartInAar, type TeamStanding } from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { orgRoleOf, teamRoleOf } from '../../db/memberships';
import type { AfterActionReviewsTable } from '../../db/schema';
import { notFound } from '../../errors';

export const reviewColumns = [
  'afterActionReviews.id',
  'afterActionReviews.teamId',
  'afterActionReviews.title',
  'afterActionReviews.date',
  'afterActionReviews.expected',
  'afterActionReviews.happened',
  'afterActionReviews.whyDifferent',
  'afterActionReviews.nextTime',
  'afterActionReviews.createdBy',
  'afterActionReviews.createdAt',
  'afterActionReviews.updatedAt',
] as const;

export type ReviewRow = Selectable<AfterActionReviewsTable> & { createdByName: string | null };
export type ItemRow = {
  id: string;
  reviewId: string;
  text: string;
  ownerId: string | null;
  ownerName: string | null;
  doneAt: string | null;
  createdAt: string;
};
export type CarriedRow = ItemRow & { reviewTitle: string; reviewDate: string };

/** Where a person stands towards a team now. */
export async function standingIn(db: Db, teamId: string, userId: string): Promise<TeamStanding> {
  const team = await db
    .selectFrom('teams')
    .select('orgId')
    .where('id', '=', teamId)
    .executeTakeFirst();
  if (!team) return { orgRole: null, teamRole: null };
  return {
    orgRole: await orgRoleOf(db, team.orgId, userId),
    teamRole: await teamRoleOf(db, teamId, userId),
  };
}

/** The team's reviews are for its members now; to anyone else the team has none (404). */
export async function requireParticipant(db: Db, teamId: string, userId: string) {
  const standing = await standingIn(db, teamId, userId);
  if (!canTakePartInAar(standing)) throw notFound('No such team.');
  return standing;
}

const selectReview = (db: Db) =>
  db
    .selectFrom('afterActionReviews')
    .leftJoin('users', 'users.id', 'afterActionReviews.createdBy')
    .select([...reviewColumns, 'users.name as createdByName']);

/** A review the caller takes part in (a member of its team now), or 404. */
export async function requireReview(db: Db, reviewId: string, userId: string) {
  const review = await selectReview(db)
    .where('afterActionReviews.id', '=', reviewId)
    .executeTakeFirst();
  const standing = review ? await standingIn(db, review.teamId, userId) : null;
  if (!review || !standing || !canTakePartInAar(standing)) throw notFound('No such review.');
  return { review, standing };
}

/** Action items with their owner's name as it is now. */
export const selectItems = (db: Db) =>
  db
    .selectFrom('aarActionItems')
    .leftJoin('users', 'users.id', 'aarActionItems.ownerId')
    .select([
      'aarActionItems.id',
      'aarActionItems.reviewId',
      'aarActionItems.text',
      'aarActionItems.ownerId',
      'users.name as ownerName',
      'aarActionItems.doneAt',
      'aarActionItems.createdAt',
    ]);

/** One action item of a review, or 404. */
export async function findItem(db: Db, reviewId: string, itemId: string) {
  const item = await selectItems(db)
    .where('aarActionItems.id', '=', itemId)
    .where('aarActionItems.reviewId', '=', reviewId)
    .executeTakeFirst();
  if (!item) throw notFound('No such action item.');
  return item;
}

/**
 * The team's still-open action items from reviews before the given one (by date, then by when
 * they were written) — or from all its reviews when none is given — oldest review first.
 */
function openItems(
  db: Db,
  teamId: string,
  before?: { date: string; id: string },
  ownerId?: string,
) {
  let query = selectItems(db)
    .innerJoin('afterActionReviews', 'afterActionReviews.id', 'aarActionItems.reviewId')
    .select(['afterActionReviews.title as reviewTitle', 'afterActionReviews.date as reviewDate'])
    .where('afterActionReviews.teamId', '=', teamId)
    .where('aarActionItems.doneAt', 'is', null)
    .orderBy('afterActionReviews.date')
    .orderBy('afterActionReviews.id')
    .orderBy('aarActionItems.id');
  if (before) {
    query = query.where(({ or, and, eb }) =>
      or([
        eb('afterActionReviews.date', '<', before.date),
        and([
          eb('afterActionReviews.date', '=', before.date),
          eb('afterActionReviews.id', '<', before.id),
        ]),
      ]),
    );
  }
  if (ownerId !== undefined) query = query.where('aarActionItems.ownerId', '=', ownerId);
  return query;
}

/** A review as a team member sees it: its own items, and open ones carried from earlier. */
export async function loadReview(db: Db, reviewId: string, userId: string) {
  const { review, standing } = await requireReview(db, reviewId, userId);
  const [items, carried] = await Promise.all([
    selectItems(db)
      .where('aarActionItems.reviewId', '=', reviewId)
      .orderBy('aarActionItems.id')
      .execute(),
    openItems(db, review.teamId, review).execute(),
  ]);
  return {
    review,
    items,
    carried,
    canDelete: canDeleteAar(standing, review.createdBy === userId),
  };
}

/** The team's reviews, latest date first, with how many action items each has and has open. */
export async function listReviews(
  db: Db,
  teamId: string,
  userId: string,
  page: { limit: number; cursor?: { date: string; id: string } | undefined },
) {
  await requireParticipant(db, teamId, userId);
  let query = selectReview(db)
    .leftJoin('aarActionItems', 'aarActionItems.reviewId', 'afterActionReviews.id')
    .select(({ fn }) => [
      fn.count<number>('aarActionItems.id').as('actionItemCount'),
      fn.count<number>('aarActionItems.doneAt').as('doneCount'),
    ])
    .where('afterActionReviews.teamId', '=', teamId)
    .groupBy([...reviewColumns, 'users.name'])
    .orderBy('afterActionReviews.date', 'desc')
    .orderBy('afterActionReviews.id', 'desc')
    .limit(page.limit + 1);
  if (page.cursor !== undefined) {
    const { date, id } = page.cursor;
    query = query.where(({ or, and, eb }) =>
      or([
        eb('afterActionReviews.date', '<', date),
        and([eb('afterActionReviews.date', '=', date), eb('afterActionReviews.id', '<', id)]),
      ]),
    );
  }
  const result = toPage(await query.execute(), page.limit, 'dated', (r) => r);
  return {
    items: result.items.map((r) => ({
      ...r,
      actionItemCount: Number(r.actionItemCount),
      openActionItemCount: Number(r.actionItemCount) - Number(r.doneCount),
    })),
    nextCursor: result.nextCursor,
  };
}

/**
 * The team's open action items from all its reviews (what a new review will carry forward), a
 * page at a time by review date, review, then item.
 */
export async function teamOpenItems(
  db: Db,
  teamId: string,
  userId: string,
  query: OpenActionItemsQuery,
): Promise<{ items: CarriedRow[]; nextCursor: string | null }> {
  await requireParticipant(db, teamId, userId);
  let select = openItems(db, teamId, undefined, query.ownerId).limit(query.limit + 1);
  if (query.cursor !== undefined) {
    const { date, first, second } = query.cursor;
    select = select.where(({ or, and, eb }) =>
      or([
        eb('afterActionReviews.date', '>', date),
        and([eb('afterActionReviews.date', '=', date), eb('afterActionReviews.id', '>', first)]),
        and([
          eb('afterActionReviews.date', '=', date),
          eb('afterActionReviews.id', '=', first),
          eb('aarActionItems.id', '>', second),
        ]),
      ]),
    );
  }
  return toPage(await select.execute(), query.limit, 'datedLinked', (r) => ({
    date: r.reviewDate,
    first: r.reviewId,
    second: r.id,
  }));
}
