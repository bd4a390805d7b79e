import type { Selectable } from 'kysely';
import {
  type ActionItemBody,
  type CreateAarBody,
  MAX_ACTION_ITEMS,
  type UpdateAarBody,
  type UpdateActionItemBody,
} from '../../../contracts/after-action-reviews';
import { toPage } from '../../../core/pagination';
import {
  canDeleteAar,
  canOwnActionItem,
  canTakePartInAar,
  type TeamStanding,
} from '../../../core/org-policy';
import type { Db } from '../../db/database';
import { orgRoleOf, teamRoleOf } from '../../db/memberships';
import { todayFor } from '../../db/people';
import type { AfterActionReviewsTable } from '../../db/schema';
import { badRequest, type FieldIssue, forbidden, notFound } from '../../errors';
import { newId } from '../../lib/ids';
import { nowIso } from '../../lib/time';

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
async function standingIn(db: Db, teamId: string, userId: string): Promise<TeamStanding> {
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
async function requireParticipant(db: Db, teamId: string, userId: string) {
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
async function requireReview(db: Db, reviewId: string, userId: string) {
  const review = await selectReview(db)
    .where('afterActionReviews.id', '=', reviewId)
    .executeTakeFirst();
  const standing = review ? await standingIn(db, review.teamId, userId) : null;
  if (!review || !standing || !canTakePartInAar(standing)) throw notFound('No such review.');
  return { review, standing };
}

const invalid = (issues: FieldIssue[]) =>
  badRequest('validation_failed', issues[0]?.message ?? 'Not valid.', issues);

/** The review's date must not lie after today in the writer's time zone. */
async function checkDate(db: Db, userId: string, date: string | undefined) {
  if (date !== undefined && date > (await todayFor(db, userId))) {
    throw invalid([{ path: ['date'], message: 'Review something that has happened.' }]);
  }
}

/** Action items are owned by members of the team now; anyone else is a 400 on that field. */
async function checkOwners(
  db: Db,
  teamId: string,
  owners: { ownerId: string; path: FieldIssue['path'] }[],
) {
  const issues: FieldIssue[] = [];
  for (const { ownerId, path } of owners) {
    if (!canOwnActionItem(await standingIn(db, teamId, ownerId))) {
      issues.push({ path, message: 'Choose a member of the team.' });
    }
  }
  if (issues.length > 0) {
    throw badRequest('not_team_member', 'Action items are owned by members of the team.', issues);
  }
}

const selectItems = (db: Db) =>
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

/**
 * The team's still-open action items from reviews before the given one (by date, then by when
 * they were written) — or from all its reviews when none is given — oldest review first.
 */
async function openItems(
  db: Db,
  teamId: string,
  before?: { date: string; id: string },
  ownerId?: string,
): Promise<CarriedRow[]> {
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
  return query.execute();
}

/** A review as a team member sees it: its own items, and open ones carried from earlier. */
export async function loadReview(db: Db, reviewId: string, userId: string) {
  const { review, standing } = await requireReview(db, reviewId, userId);
  const [items, carried] = await Promise.all([
    selectItems(db)
      .where('aarActionItems.reviewId', '=', reviewId)
      .orderBy('aarActionItems.id')
      .execute(),
    openItems(db, review.teamId, review),
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

/** Writes a new review of the team with its action items, in one transaction. */
export async function createReview(db: Db, teamId: string, userId: string, body: CreateAarBody) {
  await requireParticipant(db, teamId, userId);
  await checkDate(db, userId, body.date);
  await checkOwners(
    db,
    teamId,
    body.actionItems.map((item, index) => ({
      ownerId: item.ownerId,
      path: ['actionItems', index, 'ownerId'],
    })),
  );
  const now = nowIso();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('afterActionReviews')
      .values({
        id,
        teamId,
        title: body.title,
        date: body.date,
        expected: body.expected,
        happened: body.happened,
        whyDifferent: body.whyDifferent,
        nextTime: body.nextTime,
        createdBy: userId,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    if (body.actionItems.length > 0) {
      await trx
        .insertInto('aarActionItems')
        .values(
          body.actionItems.map((item) => ({
            id: newId(),
            reviewId: id,
            text: item.text,
            ownerId: item.ownerId,
            doneAt: null,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .execute();
    }
  });
  return id;
}

/** Changes a review's title, date or answers (any member of its team). */
export async function updateReview(db: Db, reviewId: string, userId: string, body: UpdateAarBody) {
  await requireReview(db, reviewId, userId);
  await checkDate(db, userId, body.date);
  await db
    .updateTable('afterActionReviews')
    .set({
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.date !== undefined ? { date: body.date } : {}),
      ...(body.expected !== undefined ? { expected: body.expected } : {}),
      ...(body.happened !== undefined ? { happened: body.happened } : {}),
      ...(body.whyDifferent !== undefined ? { whyDifferent: body.whyDifferent } : {}),
      ...(body.nextTime !== undefined ? { nextTime: body.nextTime } : {}),
      updatedAt: nowIso(),
    })
    .where('id', '=', reviewId)
    .execute();
}

/** Deletes a review with its action items (its writer, or a leader of the team). */
export async function deleteReview(db: Db, reviewId: string, userId: string) {
  const { review, standing } = await requireReview(db, reviewId, userId);
  if (!canDeleteAar(standing, review.createdBy === userId)) {
    throw forbidden('not_allowed', 'Only whoever wrote it and the team’s leaders can delete it.');
  }
  await db.deleteFrom('afterActionReviews').where('id', '=', reviewId).execute();
}

async function findItem(db: Db, reviewId: string, itemId: string) {
  const item = await selectItems(db)
    .where('aarActionItems.id', '=', itemId)
    .where('aarActionItems.reviewId', '=', reviewId)
    .executeTakeFirst();
  if (!item) throw notFound('No such action item.');
  return item;
}

export async function addActionItem(
  db: Db,
  reviewId: string,
  userId: string,
  body: ActionItemBody,
): Promise<ItemRow> {
  const { review } = await requireReview(db, reviewId, userId);
  await checkOwners(db, review.teamId, [{ ownerId: body.ownerId, path: ['ownerId'] }]);
  const now = nowIso();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const { count } = await trx
      .selectFrom('aarActionItems')
      .select(({ fn }) => fn.countAll<number>().as('count'))
      .where('reviewId', '=', reviewId)
      .executeTakeFirstOrThrow();
    if (Number(count) >= MAX_ACTION_ITEMS) {
      throw badRequest(
        'too_many_action_items',
        `A review holds at most ${MAX_ACTION_ITEMS} action items.`,
      );
    }
    await trx
      .insertInto('aarActionItems')
      .values({
        id,
        reviewId,
        text: body.text,
        ownerId: body.ownerId,
        doneAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
  });
  return findItem(db, reviewId, id);
}

/** Changes an action item, or marks it done or open again (any member of the team). */
export async function updateActionItem(
  db: Db,
  reviewId: string,
  itemId: string,
  userId: string,
  body: UpdateActionItemBody,
): Promise<ItemRow> {
  const { review } = await requireReview(db, reviewId, userId);
  const item = await findItem(db, reviewId, itemId);
  if (body.ownerId !== undefined && body.ownerId !== item.ownerId) {
    await checkOwners(db, review.teamId, [{ ownerId: body.ownerId, path: ['ownerId'] }]);
  }
  const now = nowIso();
  await db
    .updateTable('aarActionItems')
    .set({
      ...(body.text !== undefined ? { text: body.text } : {}),
      ...(body.ownerId !== undefined ? { ownerId: body.ownerId } : {}),
      ...(body.done === true && item.doneAt === null ? { doneAt: now } : {}),
      ...(body.done === false ? { doneAt: null } : {}),
      updatedAt: now,
    })
    .where('id', '=', itemId)
    .execute();
  return findItem(db, reviewId, itemId);
}

export async function deleteActionItem(db: Db, reviewId: string, itemId: string, userId: string) {
  await requireReview(db, reviewId, userId);
  await findItem(db, reviewId, itemId);
  await db.deleteFrom('aarActionItems').where('id', '=', itemId).execute();
}

/** The team's open action items from all its reviews (what a new review will carry forward). */
export async function teamOpenItems(db: Db, teamId: string, userId: string, ownerId?: string) {
  await requireParticipant(db, teamId, userId);
  return openItems(db, teamId, undefined, ownerId);
}
